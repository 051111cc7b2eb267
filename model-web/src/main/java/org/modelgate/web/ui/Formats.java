package org.modelgate.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.modelgate.api.common.Labels;
import org.modelgate.api.common.OfficeTime;

/**
 * Dates, times, numbers and enum labels in the page's language ({@code
 * #{fmt.dateTime(task.dueAt)}}), in the server's time zone, which is the procuratorate's.
 */
@Named("fmt")
@RequestScoped
public class Formats {

  private Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public String date(Object value) {
    return switch (value) {
      case null -> "";
      case LocalDate day ->
          DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(day);
      case Instant instant -> date(instant.atZone(OfficeTime.ZONE).toLocalDate());
      default -> value.toString();
    };
  }

  public String dateTime(Instant instant) {
    if (instant == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(locale())
        .format(instant.atZone(OfficeTime.ZONE));
  }

  /** An enum constant's label ({@link Labels}), e.g. a business line, in the page's language. */
  public String label(Enum<?> value) {
    return value == null ? "" : Labels.of(value, locale());
  }

  public String number(Number value) {
    return value == null ? "" : NumberFormat.getNumberInstance(locale()).format(value);
  }

  /** A share between 0 and 1 as a percentage, e.g. 0.825 as "82.5%". */
  public String percent(Number share) {
    if (share == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getPercentInstance(locale());
    format.setMaximumFractionDigits(1);
    return format.format(share.doubleValue());
  }
}
