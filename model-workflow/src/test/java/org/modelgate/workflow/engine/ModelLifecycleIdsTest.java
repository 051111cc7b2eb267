package org.modelgate.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;

/**
 * The constants of {@link ModelLifecycle} against the files they name, read by reflection: each
 * element id is an element of the expected type in the lifecycle BPMN, each message name a message
 * it declares, the decision key a decision of the DMN, and the beans its expressions name are
 * exactly {@link ModelLifecycle#PROCESS_BEANS}. A constant with a prefix unknown here fails, so a
 * new kind of name cannot slip past unchecked.
 */
class ModelLifecycleIdsTest {

  static final String BPMN_RESOURCE = "processes/model-lifecycle.bpmn";

  /** Each element-id prefix with the BPMN type its elements have; no prefix starts another. */
  static final Map<String, Class<? extends ModelElementInstance>> ELEMENT_TYPES =
      Map.ofEntries(
          Map.entry("PROCESS_", Process.class),
          Map.entry("START_", StartEvent.class),
          Map.entry("END_", EndEvent.class),
          Map.entry("GATEWAY_", Gateway.class),
          Map.entry("TASK_", UserTask.class),
          Map.entry("SERVICE_TASK_", ServiceTask.class),
          Map.entry("RECEIVE_TASK_", ReceiveTask.class),
          Map.entry("BUSINESS_RULE_TASK_", BusinessRuleTask.class),
          Map.entry("BOUNDARY_", BoundaryEvent.class),
          Map.entry("SUB_PROCESS_", SubProcess.class),
          Map.entry("FLOW_", SequenceFlow.class));

  /**
   * Prefixes of names not looked up one by one: variables and DMN inputs are not declared elements,
   * the resource is loaded below, and beans are compared as a set.
   */
  static final List<String> NOT_LOOKED_UP = List.of("VAR_", "DMN_", "RESOURCE_", "BEAN_");

  /** The leading name of {@code ${name}} or {@code ${name.method(...)}}. */
  static final Pattern LEADING_NAME = Pattern.compile("^\\s*[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)");

  static final BpmnModelInstance BPMN = Bpmn.readModelFromStream(resource(BPMN_RESOURCE));
  static final DmnModelInstance DMN =
      Dmn.readModelFromStream(resource(ModelLifecycle.RESOURCE_PILOT_EVALUATION));

  @Test
  void shouldFindEveryIdAndMessageOfModelLifecycleInBpmn() {
    Map<String, String> constants = stringConstants();

    assertThat(constants)
        .containsKeys("PROCESS_KEY", "TASK_SCREEN_PROPOSAL", "MESSAGE_SCHEDULED_ON_FORUM");
    assertThat(mismatches(constants)).isEmpty();
  }

  @Test
  void shouldReportIdMessageAndPrefixTheFilesDoNotKnow() {
    Map<String, String> wrong = new LinkedHashMap<>();
    wrong.put("TASK_GHOST", "Task_Ghost");
    wrong.put("TASK_ON_GATEWAY", "Gateway_JoinPilot");
    wrong.put("MESSAGE_GHOST", "GhostMessage");
    wrong.put("MESSAGE_BY_ID", "Message_ScheduledOnForum");
    wrong.put("DECISION_GHOST", "Decision_Ghost");
    wrong.put("EVENT_GHOST", "Event_Ghost");

    assertThat(mismatches(wrong))
        .containsExactly(
            "TASK_GHOST = Task_Ghost: no element with that id in " + BPMN_RESOURCE,
            "TASK_ON_GATEWAY = Gateway_JoinPilot: element type ExclusiveGateway, expected UserTask",
            "MESSAGE_GHOST = GhostMessage: no message of that name in " + BPMN_RESOURCE,
            "MESSAGE_BY_ID = Message_ScheduledOnForum: no message of that name in " + BPMN_RESOURCE,
            "DECISION_GHOST = Decision_Ghost: no decision with that key in "
                + ModelLifecycle.RESOURCE_PILOT_EVALUATION,
            "EVENT_GHOST = Event_Ghost: unknown prefix, teach ModelLifecycleIdsTest to check it");
  }

  @Test
  void shouldAllowExactlyTheBeansTheBpmnNames() {
    Set<String> beanConstants =
        stringConstants().entrySet().stream()
            .filter(constant -> constant.getKey().startsWith("BEAN_"))
            .map(Map.Entry::getValue)
            .collect(Collectors.toSet());

    assertThat(beansNamedByBpmn()).isEqualTo(ModelLifecycle.PROCESS_BEANS);
    assertThat(beanConstants).isEqualTo(ModelLifecycle.PROCESS_BEANS);
  }

  /** Every {@code public static final String} of ModelLifecycle, by field name. */
  static Map<String, String> stringConstants() {
    Map<String, String> constants = new TreeMap<>();
    for (Field field : ModelLifecycle.class.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isPublic(modifiers)
          && Modifier.isStatic(modifiers)
          && Modifier.isFinal(modifiers)
          && field.getType() == String.class) {
        try {
          constants.put(field.getName(), (String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return constants;
  }

  /** One line per constant whose value the BPMN or DMN does not have as its prefix says. */
  static List<String> mismatches(Map<String, String> constants) {
    Set<String> messages = namesOf(Message.class, Message::getName);
    List<String> mismatches = new ArrayList<>();
    constants.forEach(
        (name, value) -> {
          String problem = problem(name, value, messages);
          if (problem != null) {
            mismatches.add(name + " = " + value + ": " + problem);
          }
        });
    return mismatches;
  }

  private static String problem(String name, String value, Set<String> messages) {
    if (name.startsWith("MESSAGE_")) {
      return messages.contains(value) ? null : "no message of that name in " + BPMN_RESOURCE;
    }
    if (name.startsWith("DECISION_")) {
      return DMN.getModelElementById(value) instanceof Decision
          ? null
          : "no decision with that key in " + ModelLifecycle.RESOURCE_PILOT_EVALUATION;
    }
    if (NOT_LOOKED_UP.stream().anyMatch(name::startsWith)) {
      return null;
    }
    for (var prefix : ELEMENT_TYPES.entrySet()) {
      if (name.startsWith(prefix.getKey())) {
        ModelElementInstance element = BPMN.getModelElementById(value);
        if (element == null) {
          return "no element with that id in " + BPMN_RESOURCE;
        }
        Class<? extends ModelElementInstance> expected = prefix.getValue();
        return expected.isInstance(element)
            ? null
            : "element type "
                + element.getElementType().getInstanceType().getSimpleName()
                + ", expected "
                + expected.getSimpleName();
      }
    }
    return "unknown prefix, teach ModelLifecycleIdsTest to check it";
  }

  /**
   * The leading names of the expressions in which the BPMN calls beans: {@code
   * camunda:delegateExpression} and {@code camunda:expression} on any element (tasks, listeners).
   * Conditions, assignees and timers name process variables and are not read.
   */
  /** The beans named by every deployed process (the lifecycle and the notice sweep). */
  static Set<String> beansNamedByBpmn() {
    Set<String> names = new TreeSet<>();
    for (String resource : ModelLifecycle.RESOURCES) {
      if (resource.endsWith(".bpmn")) {
        collectBeanNames(
            Bpmn.readModelFromStream(resource(resource)).getDocument().getRootElement(), names);
      }
    }
    return names;
  }

  private static void collectBeanNames(DomElement element, Set<String> names) {
    for (String attribute : List.of("delegateExpression", "expression")) {
      String expression = element.getAttribute(BpmnModelConstants.CAMUNDA_NS, attribute);
      if (expression != null) {
        Matcher matcher = LEADING_NAME.matcher(expression);
        assertThat(matcher.find()).as("bean expression %s", expression).isTrue();
        names.add(matcher.group(1));
      }
    }
    element.getChildElements().forEach(child -> collectBeanNames(child, names));
  }

  private static <T extends ModelElementInstance> Set<String> namesOf(
      Class<T> type, Function<T, String> name) {
    return BPMN.getModelElementsByType(type).stream().map(name).collect(Collectors.toSet());
  }

  private static InputStream resource(String name) {
    InputStream stream = ModelLifecycleIdsTest.class.getClassLoader().getResourceAsStream(name);
    if (stream == null) {
      throw new UncheckedIOException(new IOException("not on the classpath: " + name));
    }
    return stream;
  }
}
