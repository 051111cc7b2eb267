/**
 * The demo organisation of DESIGN §2 (Xuancheng), a starter taxonomy of supervision points and one
 * demo user per role, loaded when demo data is on.
 */
package org.modelgate.workflow.demo;
