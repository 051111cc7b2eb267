/** City-wide adoption: the model library, the adoption matrix (model × unit) and feedback. */
package org.modelgate.api.adoption;
