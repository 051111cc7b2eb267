/** Small types shared by every feature: references to users, pages of results. */
package org.modelgate.api.common;
