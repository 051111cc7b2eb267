/**
 * The dashboard page: pipeline, clue funnel, coverage and what is due, drawn with PrimeFaces'
 * Chart.js component from the dashboard service's figures.
 */
package org.modelgate.web.ui.dashboard;
