/** The model page: one supervision model with its tabs, and its place on the lifecycle diagram. */
package org.modelgate.web.ui.model;
