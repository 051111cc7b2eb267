/** Forums (论证会): scheduling, invited reviewers, agendas, minutes. */
package org.modelgate.api.forum;
