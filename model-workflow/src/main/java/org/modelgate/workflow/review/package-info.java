/** Reviews of models at forums and the board that compares them. */
package org.modelgate.workflow.review;
