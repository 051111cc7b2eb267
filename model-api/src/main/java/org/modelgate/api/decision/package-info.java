/** Gate decisions: forum rulings and their conditions, as immutable decision records. */
package org.modelgate.api.decision;
