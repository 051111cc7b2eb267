/**
 * Fault tests (profile {@code faults}, docs/RELIABILITY.md): the server killed with SIGKILL during
 * decisions, simultaneous decisions, timers due while the server is down, and the database stopped
 * under load — against a Payara Micro child process on a private PostgreSQL cluster, both started
 * and removed by {@link org.modelgate.web.fault.FaultEnvironment}.
 */
package org.modelgate.web.fault;
