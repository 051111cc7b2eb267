package org.modelgate.api.common;

import java.time.ZoneId;

/**
 * The procuratorate's time zone. Calendar dates (a forum's day, a pilot's window, a due date) are
 * days in Asia/Shanghai whatever zone the server runs in.
 */
public final class OfficeTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private OfficeTime() {}
}
