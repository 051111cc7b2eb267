package org.modelgate.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fills a ModelGate database with a realistic population through the REST API only, so that every
 * row — engine runtime and history, stages, decisions, reviews, clues, adoption cells, the audit
 * chain — is what the application itself writes. Finished models end the ways real ones do (most
 * early: rejected at screening, withdrawn, killed or held at the forum; some held after the pilot;
 * some adopted city-wide); open models wait at every stage. Model {@code k}'s fate comes from
 * {@code Random(seed, k)} alone, so a run with the same seed and sizes builds the same population
 * whatever the thread interleaving.
 *
 * <pre>
 * java ... org.modelgate.bench.PopulationGenerator --url http://127.0.0.1:8080 \
 *     --db jdbc:postgresql://127.0.0.1:5432/modelgate --preset small|large --seed 42 [--open N --finished N --threads 2]
 * </pre>
 */
public final class PopulationGenerator {

  enum Fate {
    REJECTED(30),
    WITHDRAWN(10),
    KILLED(20),
    FORUM_HOLD(10),
    PILOT_HOLD(10),
    ADOPTED(20),
    // open ones
    OPEN_SCREENING(55),
    OPEN_AWAITING_FORUM(5),
    OPEN_REVIEW(10),
    OPEN_RULING(8),
    OPEN_PLANNING(7),
    OPEN_PILOT(5),
    OPEN_DECISION(5),
    OPEN_ADOPTION(5);

    final int weight;

    Fate(int weight) {
      this.weight = weight;
    }

    /** Open tasks this fate leaves behind. */
    int openTasks() {
      return switch (this) {
        case OPEN_SCREENING, OPEN_RULING, OPEN_PLANNING, OPEN_DECISION -> 1;
        case OPEN_REVIEW -> 2;
        case OPEN_ADOPTION -> 7;
        default -> 0;
      };
    }
  }

  static final List<Fate> FINISHED =
      List.of(
          Fate.REJECTED,
          Fate.WITHDRAWN,
          Fate.KILLED,
          Fate.FORUM_HOLD,
          Fate.PILOT_HOLD,
          Fate.ADOPTED);
  static final List<Fate> OPEN =
      List.of(
          Fate.OPEN_SCREENING,
          Fate.OPEN_AWAITING_FORUM,
          Fate.OPEN_REVIEW,
          Fate.OPEN_RULING,
          Fate.OPEN_PLANNING,
          Fate.OPEN_PILOT,
          Fate.OPEN_DECISION,
          Fate.OPEN_ADOPTION);

  record Result(long models, long openTasks, long finished, long calls, double seconds) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%d models (%d finished, %d open tasks) through %d API calls in %.0f s: %.1f models/s, %.1f calls/s",
          models,
          finished,
          openTasks,
          calls,
          seconds,
          models / seconds,
          calls / seconds);
    }
  }

  private final Rest rest;
  private final long seed;
  private final AtomicLong calls = new AtomicLong();

  PopulationGenerator(Rest rest, long seed) {
    this.rest = rest;
    this.seed = seed;
  }

  public static void main(String[] args) throws Exception {
    String url = "http://127.0.0.1:8080";
    String db = "jdbc:postgresql://127.0.0.1:5432/modelgate";
    String preset = "small";
    long seed = 42;
    Long open = null;
    Long finished = null;
    int threads = 2;
    for (int i = 0; i < args.length; i += 2) {
      String value = args[i + 1];
      switch (args[i]) {
        case "--url" -> url = value;
        case "--db" -> db = value;
        case "--preset" -> preset = value;
        case "--seed" -> seed = Long.parseLong(value);
        case "--open" -> open = Long.parseLong(value);
        case "--finished" -> finished = Long.parseLong(value);
        case "--threads" -> threads = Integer.parseInt(value);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    long openTasks = open != null ? open : preset.equals("large") ? 10_000 : 100;
    long finishedModels = finished != null ? finished : preset.equals("large") ? 100_000 : 100;
    Rest rest = new Rest(new Api(url), db);
    System.out.println(
        "generating "
            + finishedModels
            + " finished models and "
            + openTasks
            + " open tasks at "
            + url
            + " with seed "
            + seed
            + " on "
            + threads
            + " threads");
    System.out.println(
        new PopulationGenerator(rest, seed).generate(openTasks, finishedModels, threads));
  }

  /** Builds models until {@code finished} have ended and {@code openTasks} tasks wait. */
  Result generate(long openTasks, long finished, int threads) throws Exception {
    long started = System.nanoTime();
    // the plan is fixed up front from the seed: finished models first, then the open ones
    List<Fate> plan = new ArrayList<>();
    for (long k = 0; k < finished; k++) {
      plan.add(pick(random(k), FINISHED));
    }
    long tasks = 0;
    for (long k = finished; tasks < openTasks; k++) {
      Fate fate = pick(random(k), OPEN);
      if (fate.openTasks() > openTasks - tasks) {
        fate = Fate.OPEN_SCREENING;
      }
      plan.add(fate);
      tasks += fate.openTasks();
    }
    AtomicLong done = new AtomicLong();
    long total = plan.size();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> work = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      work.add(
          pool.submit(
              () -> {
                Long forum = null;
                int onForum = 0;
                for (int k = thread; k < total; k += threads) {
                  Fate fate = plan.get(k);
                  Random random = random(k);
                  if (needsForum(fate) && (forum == null || onForum >= 25)) {
                    forum = rest.forum(true);
                    calls.incrementAndGet();
                    onForum = 0;
                  }
                  if (needsForum(fate)) {
                    onForum++;
                  }
                  build(k, fate, random, forum);
                  long n = done.incrementAndGet();
                  if (n % 250 == 0 || n == total) {
                    double seconds = (System.nanoTime() - started) / 1e9;
                    System.out.printf(
                        Locale.ROOT,
                        "  %d/%d models, %.1f models/s, %d calls, ETA %.0f s%n",
                        n,
                        total,
                        n / seconds,
                        calls.get(),
                        (total - n) / (n / seconds));
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : work) {
      f.get();
    }
    pool.shutdown();
    return new Result(total, tasks, finished, calls.get(), (System.nanoTime() - started) / 1e9);
  }

  private Random random(long k) {
    return new Random(seed * 1_000_003L + k);
  }

  private static Fate pick(Random random, List<Fate> fates) {
    int sum = fates.stream().mapToInt(f -> f.weight).sum();
    int roll = random.nextInt(sum);
    for (Fate fate : fates) {
      roll -= fate.weight;
      if (roll < 0) {
        return fate;
      }
    }
    throw new AssertionError();
  }

  private static boolean needsForum(Fate fate) {
    return switch (fate) {
      case REJECTED, WITHDRAWN, OPEN_SCREENING, OPEN_AWAITING_FORUM -> false;
      default -> true;
    };
  }

  private void build(long k, Fate fate, Random random, Long forum) {
    String creator = random.nextInt(3) == 0 ? "creator2" : "creator";
    long point = rest.supervisionPoints.get(random.nextInt(rest.supervisionPoints.size()));
    long id = rest.draft(creator, "监督模型 G" + seed + "-" + k, point);
    rest.submit(creator, id);
    calls.addAndGet(2);
    switch (fate) {
      case OPEN_SCREENING -> {
        return;
      }
      case REJECTED -> {
        call(() -> rest.screen(id, "REJECT"));
        return;
      }
      case WITHDRAWN -> {
        call(() -> rest.withdraw(creator, id));
        return;
      }
      default -> call(() -> rest.screen(id, "ACCEPT"));
    }
    if (fate == Fate.OPEN_AWAITING_FORUM) {
      return;
    }
    call(() -> rest.agenda(forum, id));
    if (fate == Fate.OPEN_REVIEW) {
      return;
    }
    call(() -> rest.review("guest-reviewer", id, 1 + random.nextInt(5)));
    call(() -> rest.review("reviewer", id, 1 + random.nextInt(5)));
    if (fate == Fate.OPEN_RULING) {
      return;
    }
    switch (fate) {
      case KILLED -> {
        call(() -> rest.ruling(id, "KILL"));
        return;
      }
      case FORUM_HOLD -> {
        call(() -> rest.ruling(id, "HOLD"));
        return;
      }
      default -> call(() -> rest.ruling(id, "GO"));
    }
    if (fate == Fate.OPEN_PLANNING) {
      return;
    }
    call(() -> rest.plan(id));
    int clues = 1 + random.nextInt(4);
    for (int c = 0; c < clues; c++) {
      String unit = random.nextBoolean() ? "XZ" : "LX";
      long clue = rest.clue(id, unit, "G" + seed + "-" + k + "-" + c);
      calls.incrementAndGet();
      if (random.nextInt(3) > 0) {
        boolean valid = fate != Fate.PILOT_HOLD && random.nextInt(4) > 0;
        call(() -> rest.verify(clue, valid));
      }
    }
    if (fate == Fate.OPEN_PILOT) {
      return;
    }
    call(() -> rest.endPilot(id));
    if (fate == Fate.OPEN_DECISION) {
      return;
    }
    if (fate == Fate.PILOT_HOLD) {
      call(() -> rest.decide(id, "HOLD"));
      return;
    }
    call(() -> rest.decide(id, "ADOPT"));
    if (fate == Fate.OPEN_ADOPTION) {
      return;
    }
    List<Long> units = rest.adoptionUnits(id);
    calls.incrementAndGet();
    for (long unit : units) {
      if (random.nextInt(7) == 0) {
        call(() -> rest.report(id, unit, "NOT_APPLICABLE"));
      } else {
        call(() -> rest.report(id, unit, "DATA_READY"));
        call(() -> rest.report(id, unit, "RUNNING"));
      }
    }
  }

  private void call(Runnable step) {
    step.run();
    calls.incrementAndGet();
  }
}
