/**
 * The web pages (Jakarta Faces with PrimeFaces): page beans that call the same services as the REST
 * API and hold no business rule, plus what every page shares — the signed-in user, the language,
 * formatting, and turning a service's refusal into a message people can act on. Pages of one
 * feature have their beans in a sub-package named after it.
 */
package org.modelgate.web.ui;
