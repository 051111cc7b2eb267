/**
 * The vocabulary every layer of ModelGate shares: domain enums, the service interfaces the web
 * layer calls, their request and response records and the exceptions that name a broken rule.
 * Nothing here knows Camunda or HTTP.
 */
package org.modelgate.api;
