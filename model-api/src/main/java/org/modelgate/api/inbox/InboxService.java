package org.modelgate.api.inbox;

import java.util.List;

/** The caller's tasks: assigned to them, or offered to a group they belong to. */
public interface InboxService {

  List<TaskResponse> tasks();

  TaskResponse claim(String taskId);

  TaskResponse unclaim(String taskId);
}
