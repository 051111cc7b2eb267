package org.modelgate.web;

/**
 * Request bodies of the lifecycle calls that several integration and fault tests send: a complete
 * draft and a complete review, with realistic Chinese content.
 */
public final class ModelRequests {

  private ModelRequests() {}

  /** A draft that passes validation, with the given co-creators. */
  public static String draft(String title, long... coCreators) {
    StringBuilder ids = new StringBuilder();
    for (long id : coCreators) {
      ids.append(ids.isEmpty() ? "" : ",").append(id);
    }
    return """
        {"title":"%s","supervisionPointId":7,
         "problemStatement":"虚假诉讼案件多发，当事人串通虚构债务",
         "dataSources":"裁判文书；执行案件；工商登记",
         "ruleDescription":"同一原告短期内对多名关联被告起诉且均调解结案",
         "expectedEffect":"发现虚假诉讼线索，提出再审检察建议",
         "difficulties":"数据口径不一","innovationStatement":"%s","coCreatorIds":[%s]}"""
        .formatted(title, "引入执行案件交叉比对", ids);
  }

  /** A complete review scoring necessity as given and the other criteria 4 or 5. */
  public static String review(int necessity) {
    return """
        {"necessity":%d,"feasibility":4,"clueAccuracy":4,"promotionValue":5,
         "practicalSignificance":"契合民事检察监督重点","expectedEffect":"每年可发现线索数十条",
         "difficulties":"需打通法院执行数据","attentionPoints":"注意保护个人信息"}"""
        .formatted(necessity);
  }
}
