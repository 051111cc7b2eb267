package org.modelgate.workflow.demo;

import static org.modelgate.api.organisation.BusinessLine.ADMINISTRATIVE;
import static org.modelgate.api.organisation.BusinessLine.CIVIL;
import static org.modelgate.api.organisation.BusinessLine.CRIMINAL_EXECUTION;
import static org.modelgate.api.organisation.BusinessLine.ECONOMIC_DUTY_CRIME;
import static org.modelgate.api.organisation.BusinessLine.GENERAL_CRIMINAL;
import static org.modelgate.api.organisation.BusinessLine.PUBLIC_INTEREST;
import static org.modelgate.api.organisation.UnitKind.CITY;
import static org.modelgate.api.organisation.UnitKind.DEPARTMENT;
import static org.modelgate.api.organisation.UnitKind.EXTERNAL;
import static org.modelgate.api.organisation.UnitKind.GRASSROOTS;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.modelgate.api.organisation.BusinessLine;
import org.modelgate.api.organisation.UnitKind;
import org.modelgate.api.security.Role;
import org.modelgate.workflow.organisation.OrganisationRepository;
import org.modelgate.workflow.organisation.PasswordHashing;
import org.modelgate.workflow.organisation.SupervisionPoint;
import org.modelgate.workflow.organisation.Unit;
import org.modelgate.workflow.organisation.UserAccount;
import org.modelgate.workflow.persistence.DatabaseSettings;

/**
 * Loads the demo organisation when {@code MODELGATE_DEMO_DATA} is on. Idempotent: every row is
 * looked up by its natural key first, so a second start adds nothing.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoDataLoader {

  /** The password of every demo user; the README lists them. */
  public static final String DEMO_PASSWORD = "modelgate-demo";

  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

  private record UnitSeed(
      String code, String name, String nameEn, UnitKind kind, String parent, boolean cityWide) {}

  private record PointSeed(String code, String name, BusinessLine line) {}

  private record UserSeed(
      String username, String displayName, String unit, Role role, Duration validFor) {}

  private static final List<UnitSeed> UNITS =
      List.of(
          new UnitSeed("XC", "宣城市人民检察院", "Xuancheng Municipal Procuratorate", CITY, null, false),
          new UnitSeed("XC-1", "第一检察部", "First Procuratorial Department", DEPARTMENT, "XC", false),
          new UnitSeed("XC-2", "第二检察部", "Second Procuratorial Department", DEPARTMENT, "XC", false),
          new UnitSeed("XC-3", "第三检察部", "Third Procuratorial Department", DEPARTMENT, "XC", false),
          new UnitSeed("XC-4", "第四检察部", "Fourth Procuratorial Department", DEPARTMENT, "XC", false),
          new UnitSeed("XC-5", "第五检察部", "Fifth Procuratorial Department", DEPARTMENT, "XC", false),
          new UnitSeed("XC-6", "第六检察部", "Sixth Procuratorial Department", DEPARTMENT, "XC", false),
          new UnitSeed("XC-DPO", "数字检察办公室", "Digital Procuratorate Office", DEPARTMENT, "XC", true),
          new UnitSeed(
              "XZ", "宣州区人民检察院", "Xuanzhou District Procuratorate", GRASSROOTS, "XC", false),
          new UnitSeed("LX", "郎溪县人民检察院", "Langxi County Procuratorate", GRASSROOTS, "XC", false),
          new UnitSeed("GD", "广德市人民检察院", "Guangde City Procuratorate", GRASSROOTS, "XC", false),
          new UnitSeed("NG", "宁国市人民检察院", "Ningguo City Procuratorate", GRASSROOTS, "XC", false),
          new UnitSeed("JX", "泾县人民检察院", "Jingxian County Procuratorate", GRASSROOTS, "XC", false),
          new UnitSeed("JXI", "绩溪县人民检察院", "Jixi County Procuratorate", GRASSROOTS, "XC", false),
          new UnitSeed("JD", "旌德县人民检察院", "Jingde County Procuratorate", GRASSROOTS, "XC", false),
          new UnitSeed("EXT", "特邀专家（外单位）", "Invited experts (external)", EXTERNAL, null, false));

  private static final List<PointSeed> POINTS =
      List.of(
          new PointSeed("GC-01", "醉酒驾驶案件刑事处罚与行政处罚衔接", GENERAL_CRIMINAL),
          new PointSeed("GC-02", "帮助信息网络犯罪活动案件线索", GENERAL_CRIMINAL),
          new PointSeed("ED-01", "骗取贷款、票据承兑类犯罪线索", ECONOMIC_DUTY_CRIME),
          new PointSeed("ED-02", "职务侵占与挪用资金犯罪线索", ECONOMIC_DUTY_CRIME),
          new PointSeed("CE-01", "社区矫正对象脱管漏管", CRIMINAL_EXECUTION),
          new PointSeed("CE-02", "财产刑执行监督", CRIMINAL_EXECUTION),
          new PointSeed("CV-01", "虚假诉讼监督", CIVIL),
          new PointSeed("CV-02", "民事执行活动监督", CIVIL),
          new PointSeed("AD-01", "行政非诉执行监督", ADMINISTRATIVE),
          new PointSeed("AD-02", "服刑人员违规领取养老保险金", ADMINISTRATIVE),
          new PointSeed("PI-01", "医疗保障基金流失", PUBLIC_INTEREST),
          new PointSeed("PI-02", "生态环境和资源保护", PUBLIC_INTEREST),
          new PointSeed("PI-03", "食品药品安全", PUBLIC_INTEREST));

  private static final List<UserSeed> USERS =
      List.of(
          new UserSeed("admin", "王立（系统管理员）", "XC-DPO", Role.ADMIN, null),
          new UserSeed("creator", "张明（宣州区院检察官）", "XZ", Role.CREATOR, null),
          new UserSeed("creator2", "李娜（第四检察部检察官）", "XC-4", Role.CREATOR, null),
          new UserSeed("leader", "陈刚（副检察长）", "XC", Role.LEADER, null),
          new UserSeed("leader2", "刘芳（第一检察部主任）", "XC-1", Role.LEADER, null),
          new UserSeed("staff", "赵敏（数字检察办公室）", "XC-DPO", Role.STAFF, null),
          new UserSeed("staff-langxi", "孙伟（郎溪县院）", "LX", Role.STAFF, null),
          new UserSeed("reviewer", "周静（第二检察部业务专家）", "XC-2", Role.REVIEWER, null),
          new UserSeed(
              "guest-reviewer", "吴海（特邀专家，合肥市院）", "EXT", Role.REVIEWER, Duration.ofDays(365)));

  @Inject DatabaseSettings settings;
  @Inject OrganisationRepository repository;
  @Inject PasswordHashing passwordHashing;
  @Inject Clock clock;

  @PostConstruct
  void load() {
    if (!settings.demoData()) {
      return;
    }
    int added = 0;
    for (UnitSeed seed : UNITS) {
      if (repository.findUnit(seed.code()).isEmpty()) {
        Long parentId =
            seed.parent() == null ? null : repository.findUnit(seed.parent()).orElseThrow().getId();
        repository.add(
            new Unit(
                seed.code(), seed.name(), seed.nameEn(), seed.kind(), parentId, seed.cityWide()));
        added++;
      }
    }
    for (PointSeed seed : POINTS) {
      if (!repository.supervisionPointExists(seed.code())) {
        repository.add(new SupervisionPoint(seed.code(), seed.name(), seed.line()));
        added++;
      }
    }
    Instant now = clock.instant();
    for (UserSeed seed : USERS) {
      if (repository.findUser(seed.username()).isEmpty()) {
        repository.add(
            new UserAccount(
                seed.username(),
                seed.displayName(),
                passwordHashing.hash(DEMO_PASSWORD),
                repository.findUnit(seed.unit()).orElseThrow(),
                Set.of(seed.role()),
                seed.validFor() == null ? null : now.plus(seed.validFor()),
                now));
        added++;
      }
    }
    int rows = added;
    LOG.info(() -> "Demo data: " + rows + " rows added");
  }
}
