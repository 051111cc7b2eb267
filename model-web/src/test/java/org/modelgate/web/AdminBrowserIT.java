package org.modelgate.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelgate.web.browser.AdminPages;
import org.modelgate.web.browser.Browser;
import org.openqa.selenium.By;

/**
 * The administrator sets up a unit and a user who then signs in with the generated password and
 * sees the menus of their roles; others are refused the administration pages; a leader sees the
 * dashboard's charts.
 */
class AdminBrowserIT extends BrowserTest {

  private AdminPages pages() {
    return new AdminPages(browser());
  }

  @Test
  void shouldCreateAUnitAndAUserWhoSignsInWithTheMenusOfTheirRoles() throws Exception {
    String suffix = Long.toString(System.currentTimeMillis() % 100_000);
    String unitName = "第七检察部" + suffix;
    var admin = pages();
    admin.browser().signIn("admin");

    admin
        .openUnits()
        .createUnit("XC-7-" + suffix, unitName, "Seventh Department " + suffix, "宣城市人民检察院");
    assertThat(admin.browser().text(By.id("list:units"))).contains(unitName).contains("宣城市人民检察院");
    admin.browser().screenshot("42-admin-units");

    admin.browser().click(By.id("tabUsers"));
    String username = "yang" + suffix;
    admin.fillNewUser("creator", "杨帆（第七检察部）", unitName, "建模人", "评审专家");
    assertThat(admin.saveUserRefused("username")).contains("已被使用");
    admin.browser().screenshot("43-admin-user-dialog");
    String password = admin.retypeUsername(username).saveNewUser();
    admin.browser().screenshot("44-admin-new-password");
    admin.closePasswordDialog();
    admin.searchUsers(username).renameFirstListedUser("杨帆（第七检察部检察官）");
    assertThat(admin.userList())
        .contains("杨帆（第七检察部检察官）")
        .contains(unitName)
        .contains("建模人")
        .contains("评审专家");
    admin.searchUsers("");
    admin.screenshotWholePage("41-admin-users");
    admin.browser().signOut();

    var newcomer = pages().signIn(username, password);
    Browser page = newcomer.browser();
    assertThat(page.text(By.id("session"))).contains("杨帆");
    assertThat(page.all(By.id("navNew"))).hasSize(1);
    assertThat(page.all(By.id("navForums"))).hasSize(1);
    assertThat(page.all(By.id("navAdmin"))).isEmpty();
    assertThat(page.all(By.id("navAdoption"))).isEmpty();
    page.signOut();

    // disabled, the account can no longer sign in
    admin = pages();
    admin.browser().signIn("admin");
    admin.openUsers().searchUsers(username).disableFirstListedUser();
    assertThat(admin.userList()).contains("已停用");
    admin.browser().signOut();
    var refused = pages();
    refused.browser().go("login.xhtml");
    refused.browser().type(By.id("username"), username).type(By.id("password"), password);
    refused.browser().driver().findElement(By.id("signIn")).click();
    assertThat(refused.browser().text(By.id("failed"))).contains("用户名或密码错误");
  }

  @Test
  void shouldShowTheAccessDeniedPageToOthersThanAdministrators() {
    var page = pages().browser().signIn("staff");
    page.go("admin/users.xhtml");
    assertThat(page.text(By.cssSelector("#error h1"))).isEqualTo("无权访问");
    page.go("admin/units.xhtml");
    assertThat(page.text(By.cssSelector("#error h1"))).isEqualTo("无权访问");
  }

  @Test
  void shouldShowTheLeaderTheDashboardWithItsCharts() throws Exception {
    URI base = base();
    modelsAtSeveralStages(base);

    var leader = pages();
    leader.browser().signIn("leader");
    leader.openDashboard();
    assertThat(leader.browser().text(By.id("scope"))).contains("全市");
    List<String> charts = leader.renderedCharts();
    assertThat(charts).contains("pipelineChart", "funnelChart", "lineChart", "unitChart");
    assertThat(leader.browser().text(By.id("upcomingForums"))).contains("看板演示论证会");
    assertThat(Long.parseLong(leader.browser().text(By.id("kpiModels")))).isGreaterThanOrEqualTo(5);
    leader.screenshotWholePage("40-dashboard");

    leader.browser().click(By.id("session:en"));
    assertThat(leader.browser().text(By.tagName("h1"))).isEqualTo("Dashboard");
    assertThat(leader.renderedCharts()).contains("pipelineChart", "funnelChart");
    assertThat(leader.browser().text(By.id("kpis")))
        .contains("Models in total")
        .contains("Overdue tasks");
    leader.browser().click(By.id("session:zh"));
  }

  /** Drafts, submitted and accepted models, a forum, and one model in pilot with worked clues. */
  private static void modelsAtSeveralStages(URI base) throws Exception {
    var creator = ApiClient.as(base, "creator");
    var staff = ApiClient.as(base, "staff");
    String[] titles = {"社区矫正脱管漏管监督模型", "财产刑执行监督模型", "虚假诉讼识别模型", "行政非诉执行监督模型"};
    for (int i = 0; i < titles.length; i++) {
      long id = ProposalFlowIT.id(creator.post("api/models", FoundationIT.draft(titles[i])));
      if (i > 0) {
        assertThat(creator.post("api/models/" + id + "/submit", null).status()).isEqualTo(200);
      }
      if (i > 1) {
        assertThat(
                staff.post("api/models/" + id + "/screening", "{\"outcome\":\"ACCEPT\"}").status())
            .isEqualTo(200);
      }
    }
    long pilot = modelInPilot(base, "服刑人员违规领取养老金监督模型");
    StringBuilder csv = new StringBuilder("线索编号,单位代码,当事人,证件号码,线索摘要,发现日期,涉及金额\n");
    for (int i = 1; i <= 24; i++) {
      csv.append(
          "D-%d,%s,当事人%d,,养老金比对线索,%s,%d.00\n"
              .formatted(i, i % 3 == 0 ? "LX" : "XZ", i, LocalDate.now(), i * 100));
    }
    var imported = staff.post("api/models/" + pilot + "/clues", "text/csv", csv.toString());
    assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    List<JsonObject> clues =
        staff
            .get("api/models/" + pilot + "/clues?size=100")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    for (int i = 0; i < 14; i++) {
      String path = "api/clues/" + clues.get(i).getJsonNumber("id").longValue();
      if (i < 4) {
        staff.send(
            "PATCH",
            path,
            "{\"status\":\"VERIFIED_INVALID\",\"invalidReason\":\"DATA_ERROR\"}",
            null);
        continue;
      }
      staff.send("PATCH", path, "{\"status\":\"VERIFIED_VALID\"}", null);
      if (i < 9) {
        staff.send(
            "PATCH",
            path,
            "{\"status\":\"CASE_FORMED\",\"caseReference\":\"宣检[2026]" + i + "号\"}",
            null);
      }
    }
  }

  /**
   * Late today in the office's time zone: the forum is still ahead (upcoming on the dashboard), and
   * its ruling is possible, which is allowed from the forum's day on.
   */
  private static Instant laterToday() {
    ZoneId office = ZoneId.of("Asia/Shanghai");
    return LocalDate.now(office).atTime(23, 59).atZone(office).toInstant();
  }

  /** A model past a forum with a GO and a pilot plan for XZ and LX; the forum is still ahead. */
  private static long modelInPilot(URI base, String title) throws Exception {
    var creator = ApiClient.as(base, "creator");
    var staff = ApiClient.as(base, "staff");
    long id = ProposalFlowIT.id(creator.post("api/models", FoundationIT.draft(title)));
    assertThat(creator.post("api/models/" + id + "/submit", null).status()).isEqualTo(200);
    assertThat(staff.post("api/models/" + id + "/screening", "{\"outcome\":\"ACCEPT\"}").status())
        .isEqualTo(200);
    var forum =
        staff.post(
            "api/forums",
            """
            {"title":"看板演示论证会","scheduledAt":"%s","place":"市院三楼会议室",
             "presidingLeaderId":%d,"reviewerIds":[%d]}"""
                .formatted(
                    laterToday(),
                    ProposalFlowIT.userId("leader"),
                    ProposalFlowIT.userId("guest-reviewer")));
    long forumId = ProposalFlowIT.id(forum);
    assertThat(staff.post("api/forums/" + forumId + "/agenda", "{\"modelId\":" + id + "}").status())
        .isEqualTo(200);
    assertThat(
            ApiClient.as(base, "guest-reviewer")
                .post("api/models/" + id + "/reviews", ProposalFlowIT.review(5))
                .status())
        .isEqualTo(201);
    assertThat(
            ApiClient.as(base, "leader")
                .post("api/models/" + id + "/ruling", "{\"outcome\":\"GO\"}")
                .status())
        .isEqualTo(201);
    long xz = TestDatabase.count("select id from mg_unit where code = 'XZ'");
    long lx = TestDatabase.count("select id from mg_unit where code = 'LX'");
    String plan =
        "{\"startDate\":\"%s\",\"endDate\":\"%s\",\"minValidRate\":0.5,\"minCasesFormed\":0,\"minCluesForJudgement\":100,"
            + "\"units\":[{\"unitId\":%d,\"baselineClues\":0,\"baselineCases\":0,\"baselineRecovered\":0},"
            + "{\"unitId\":%d,\"baselineClues\":0,\"baselineCases\":0,\"baselineRecovered\":0}]}";
    var planned =
        staff.post(
            "api/models/" + id + "/pilot-plan",
            plan.formatted(LocalDate.now(), LocalDate.now().plusDays(60), xz, lx));
    assertThat(planned.status()).as(planned.body()).isEqualTo(201);
    return id;
  }
}
