/** Units, users and the supervision-point taxonomy as the API shows them. */
package org.modelgate.api.organisation;
