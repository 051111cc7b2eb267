package org.modelgate.api.inbox;

import java.util.List;

/** The caller's tasks: assigned to them, or offered to a group they belong to. */
public interface InboxService {

  List<TaskResponse> tasks();

  /** How many of {@link #tasks()} are past their due date, counted without loading them. */
  long overdueCount();

  TaskResponse claim(String taskId);

  TaskResponse unclaim(String taskId);
}
