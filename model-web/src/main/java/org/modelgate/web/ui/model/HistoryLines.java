package org.modelgate.web.ui.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.modelgate.api.adoption.AdoptionStatus;
import org.modelgate.api.clue.ClueStatus;
import org.modelgate.api.common.Labels;
import org.modelgate.api.decision.ForumRuling;
import org.modelgate.api.decision.PilotDecision;
import org.modelgate.api.organisation.UnitResponse;
import org.modelgate.api.proposal.HistoryEntryResponse;
import org.modelgate.api.proposal.ScreeningOutcome;
import org.modelgate.api.proposal.Stage;
import org.modelgate.web.problem.ProblemTexts;

/**
 * Words the lines of a model's history in the reader's language. The services store codes only: the
 * states before and after are enum constants (named by their labels), the system's line is a code
 * worded from the page texts ({@code history.*} in {@code messages.properties}) or, for a refusal
 * (any other code), from the problems bundle; units are named by their code and process steps by
 * their task definition key, both in the reader's language.
 */
final class HistoryLines {

  /** The enum of the states before and after, by action. */
  private static final Map<String, Function<String, Enum<?>>> STATES =
      Map.of(
          "STAGE_CHANGED", Stage::valueOf,
          "SCREEN", ScreeningOutcome::valueOf,
          "RULING", ForumRuling::valueOf,
          "PILOT_DECISION", PilotDecision::valueOf,
          "ADOPTION_REPORTED", AdoptionStatus::valueOf,
          "CLUE_CREATED", ClueStatus::valueOf,
          "CLUE_CHANGED", ClueStatus::valueOf);

  /** The prefix of the system's lines, worded by the page texts. */
  private static final String LINE = "history.";

  /** The argument that names a process step by its task definition key. */
  private static final String STEP_ARG = "task";

  /** Arguments that name units by their code. */
  private static final List<String> UNIT_ARGS = List.of("unit", "units");

  private final Locale locale;
  private final ResourceBundle texts;
  private final Map<String, UnitResponse> units;

  /**
   * @param texts the page texts of the reader's language
   * @param units the units by code
   */
  HistoryLines(Locale locale, ResourceBundle texts, Map<String, UnitResponse> units) {
    this.locale = locale;
    this.texts = texts;
    this.units = units;
  }

  Locale locale() {
    return locale;
  }

  /**
   * What changed, in words: the states before and after (e.g. two stages, or a ruling), else
   * whether it was done or refused.
   */
  String change(HistoryEntryResponse entry) {
    if ("DENIED".equals(entry.outcome())) {
      return outcome(entry.outcome());
    }
    Function<String, Enum<?>> states = STATES.get(entry.action());
    if (states == null || entry.after() == null) {
      return outcome(entry.outcome());
    }
    String after = state(states, entry.after());
    return entry.before() == null ? after : state(states, entry.before()) + " → " + after;
  }

  /**
   * The system's line and what people wrote, one under the other; only what people wrote in entries
   * from before the lines were codes.
   */
  String detail(HistoryEntryResponse entry) {
    String line = line(entry);
    if (line == null) {
      return entry.detail() == null ? "" : entry.detail();
    }
    return entry.detail() == null || entry.detail().isBlank() ? line : line + "\n" + entry.detail();
  }

  /** The actor's unit in the reader's language. */
  String unit(HistoryEntryResponse entry) {
    UnitResponse unit = entry.actorUnitCode() == null ? null : units.get(entry.actorUnitCode());
    return unit == null ? entry.actorUnit() : name(unit);
  }

  /** The system's line, or null if the entry has none. */
  String line(HistoryEntryResponse entry) {
    if (entry.code() == null) {
      return null;
    }
    String pattern = entry.code().startsWith(LINE) ? text(entry.code()) : null;
    if (pattern == null) {
      // a refusal: its code is worded by the problems bundle
      return ProblemTexts.word(locale, entry.code(), entry.args());
    }
    Map<String, Object> args = new LinkedHashMap<>(entry.args());
    for (String name : UNIT_ARGS) {
      args.computeIfPresent(name, (key, value) -> units(value));
    }
    args.computeIfPresent(STEP_ARG, (key, value) -> step(value));
    return ProblemTexts.fill(locale, pattern, args);
  }

  /** A step's name in the reader's language (page text {@code task.<key>}), else its key. */
  private String step(Object key) {
    String name = text("task." + key);
    return name == null ? String.valueOf(key) : name;
  }

  private Object units(Object codes) {
    if (codes instanceof List<?> many) {
      return many.stream().map(this::unitName).toList();
    }
    return unitName(codes);
  }

  private String unitName(Object code) {
    UnitResponse unit = code == null ? null : units.get(code.toString());
    return unit == null ? String.valueOf(code) : name(unit);
  }

  private String name(UnitResponse unit) {
    boolean english = Labels.supported(locale).equals(Locale.ENGLISH);
    return english && unit.nameEn() != null && !unit.nameEn().isBlank()
        ? unit.nameEn()
        : unit.name();
  }

  private String state(Function<String, Enum<?>> states, String state) {
    try {
      return Labels.of(states.apply(state), locale);
    } catch (IllegalArgumentException e) {
      return state;
    }
  }

  private String outcome(String outcome) {
    if (outcome == null) {
      return "";
    }
    String text = text("history.outcome." + outcome);
    return text == null ? outcome : text;
  }

  private String text(String key) {
    try {
      return texts.getString(key);
    } catch (MissingResourceException e) {
      return null;
    }
  }
}
