package org.modelgate.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.modelgate.api.adoption.AdoptionRequest;
import org.modelgate.api.adoption.AdoptionResponse;
import org.modelgate.api.adoption.AdoptionService;
import org.modelgate.api.adoption.FeedbackRequest;
import org.modelgate.api.adoption.FeedbackResponse;
import org.modelgate.api.clue.ClueRequest;
import org.modelgate.api.clue.ClueResponse;
import org.modelgate.api.clue.ClueService;
import org.modelgate.api.clue.ClueStatus;
import org.modelgate.api.clue.FunnelResponse;
import org.modelgate.api.common.PageResponse;
import org.modelgate.api.decision.ConditionResponse;
import org.modelgate.api.decision.DecisionResponse;
import org.modelgate.api.decision.DecisionService;
import org.modelgate.api.decision.PilotDecisionRequest;
import org.modelgate.api.decision.RulingRequest;
import org.modelgate.api.failure.EntityNotFoundException;
import org.modelgate.api.failure.InvalidInputException;
import org.modelgate.api.organisation.BusinessLine;
import org.modelgate.api.pilot.PilotPlanRequest;
import org.modelgate.api.pilot.PilotPlanResponse;
import org.modelgate.api.pilot.PilotService;
import org.modelgate.api.proposal.AttachmentContent;
import org.modelgate.api.proposal.AttachmentResponse;
import org.modelgate.api.proposal.AttachmentService;
import org.modelgate.api.proposal.CommentRequest;
import org.modelgate.api.proposal.CommentResponse;
import org.modelgate.api.proposal.DiagramService;
import org.modelgate.api.proposal.DraftRequest;
import org.modelgate.api.proposal.HistoryEntryResponse;
import org.modelgate.api.proposal.ModelQuery;
import org.modelgate.api.proposal.ModelSummaryResponse;
import org.modelgate.api.proposal.ProcessDiagramResponse;
import org.modelgate.api.proposal.ProposalService;
import org.modelgate.api.proposal.ScreeningRequest;
import org.modelgate.api.proposal.Stage;
import org.modelgate.api.proposal.SupervisionModelResponse;
import org.modelgate.api.proposal.WithdrawRequest;
import org.modelgate.api.review.AbstainRequest;
import org.modelgate.api.review.ReviewBoardResponse;
import org.modelgate.api.review.ReviewResponse;
import org.modelgate.api.review.ReviewService;
import org.modelgate.api.review.SubmitReviewRequest;
import org.modelgate.web.problem.Problem;
import org.modelgate.web.problem.ProblemType;

/**
 * Supervision models and everything hanging off one: drafts, submission, screening, comments,
 * attachments, reviews, rulings, decisions, history. A model's ETag is its row version; an edit
 * must send it back in {@code If-Match}.
 */
@Path("models")
@Produces(MediaType.APPLICATION_JSON)
public class ModelResource {

  @Inject ProposalService proposals;
  @Inject DiagramService diagrams;
  @Inject AttachmentService attachments;
  @Inject ReviewService reviews;
  @Inject DecisionService decisions;
  @Inject PilotService pilots;
  @Inject ClueService clues;
  @Inject AdoptionService adoptions;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "新建监督模型草稿（建模人）")
  public Response createDraft(DraftRequest request, @Context UriInfo uri) {
    SupervisionModelResponse created = proposals.createDraft(request);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .tag(etag(created))
        .entity(created)
        .build();
  }

  @GET
  @Operation(
      summary =
          "监督模型列表：按阶段、单位、条线、监督点、关键词筛选，unitWork=true 只列本单位承担（建模、试点、推广）的模型，排序（sort=title 或 -title 等），分页；每项带 allowedActions")
  public PageResponse<ModelSummaryResponse> list(
      @QueryParam("stage") Stage stage,
      @QueryParam("unit") Long unitId,
      @QueryParam("businessLine") BusinessLine businessLine,
      @QueryParam("supervisionPoint") Long supervisionPointId,
      @QueryParam("q") String text,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size,
      @QueryParam("sort") String sort,
      @QueryParam("unitWork") @DefaultValue("false") boolean unitWork) {
    return proposals.list(
        new ModelQuery(
            stage, unitId, businessLine, supervisionPointId, text, page, size, sort, unitWork));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "查看监督模型及其所处阶段（ETag 为版本号）")
  public Response find(@PathParam("id") long id) {
    SupervisionModelResponse model = proposals.find(id);
    return Response.ok(model).tag(etag(model)).build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "修改草稿或退回修改的模型（须带 If-Match 版本号）")
  public Response update(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      DraftRequest request) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return Problem.of(
              ProblemType.PRECONDITION_REQUIRED, "修改须在 If-Match 头中给出所编辑的版本（先 GET 取得 ETag）")
          .toResponse();
    }
    SupervisionModelResponse updated = proposals.update(id, rowVersion(ifMatch), request);
    return Response.ok(updated).tag(etag(updated)).build();
  }

  @POST
  @Path("{id}/submit")
  @Operation(summary = "提交草稿，启动全生命周期流程（进入初审）")
  public SupervisionModelResponse submit(@PathParam("id") long id) {
    return proposals.submit(id);
  }

  @POST
  @Path("{id}/resubmit")
  @Operation(summary = "修改完成后重新提交（退回修改或论证后修改）")
  public SupervisionModelResponse resubmit(@PathParam("id") long id) {
    return proposals.resubmit(id);
  }

  @POST
  @Path("{id}/withdraw")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "建模人撤回已提交的模型（推广前任何阶段）")
  public SupervisionModelResponse withdraw(@PathParam("id") long id, WithdrawRequest request) {
    return proposals.withdraw(id, request);
  }

  @POST
  @Path("{id}/screening")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "初审：通过、退回修改或不予采纳（数字检察办公室）")
  public SupervisionModelResponse screen(@PathParam("id") long id, ScreeningRequest request) {
    return proposals.screen(id, request);
  }

  @GET
  @Path("{id}/similar")
  @Operation(summary = "同质化比对：同一监督点上在用或已入库的模型")
  public List<ModelSummaryResponse> similar(@PathParam("id") long id) {
    return proposals.similarModels(id);
  }

  @GET
  @Path("{id}/comments")
  @Operation(summary = "模型的评论")
  public List<CommentResponse> comments(@PathParam("id") long id) {
    return proposals.comments(id);
  }

  @POST
  @Path("{id}/comments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "发表评论（可查看模型者均可）")
  public Response addComment(@PathParam("id") long id, CommentRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(proposals.addComment(id, request))
        .build();
  }

  @GET
  @Path("{id}/attachments")
  @Operation(summary = "附件列表")
  public List<AttachmentResponse> attachments(@PathParam("id") long id) {
    return attachments.attachments(id);
  }

  @POST
  @Path("{id}/attachments")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "上传附件（multipart/form-data，字段名 file；PDF、DOCX、XLSX、PNG、JPEG）")
  public Response addAttachment(@PathParam("id") long id, @FormParam("file") EntityPart file)
      throws IOException {
    if (file == null || file.getFileName().isEmpty()) {
      throw new InvalidInputException("file", "NotNull", "请以 multipart/form-data 的 file 字段上传文件");
    }
    byte[] content;
    try (InputStream in = file.getContent()) {
      content = in.readAllBytes();
    }
    String contentType = file.getMediaType() == null ? null : file.getMediaType().toString();
    AttachmentResponse created =
        attachments.addAttachment(id, file.getFileName().get(), contentType, content);
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @GET
  @Path("{id}/attachments/{attachmentId}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "下载附件")
  public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
    AttachmentContent content = attachments.attachmentContent(id, attachmentId);
    String encoded =
        URLEncoder.encode(content.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    return Response.ok(content.content(), content.contentType())
        .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  @GET
  @Path("{id}/reviews")
  @Operation(summary = "评审意见对照（提交本人意见前看不到他人意见），分歧标注")
  public ReviewBoardResponse reviewBoard(@PathParam("id") long id) {
    return reviews.board(id);
  }

  @POST
  @Path("{id}/reviews")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "提交评审意见（四项评分与四项意见）")
  public Response submitReview(@PathParam("id") long id, SubmitReviewRequest request) {
    ReviewResponse review = reviews.submit(id, request);
    return Response.status(Response.Status.CREATED).entity(review).build();
  }

  @POST
  @Path("{id}/abstention")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "评审专家声明回避")
  public ReviewBoardResponse abstain(@PathParam("id") long id, AbstainRequest request) {
    return reviews.abstain(id, request);
  }

  @POST
  @Path("{id}/ruling")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "论证会裁决：GO、CONDITIONAL_GO、RECYCLE、HOLD、KILL（主持的院领导）")
  public Response rule(@PathParam("id") long id, RulingRequest request) {
    DecisionResponse decision = decisions.rule(id, request);
    return Response.status(Response.Status.CREATED).entity(decision).build();
  }

  @POST
  @Path("{id}/conditions/{conditionId}/close")
  @Operation(summary = "关闭附条件通过的一项条件（条件负责人）")
  public ConditionResponse closeCondition(
      @PathParam("id") long id, @PathParam("conditionId") long conditionId) {
    return pilots.closeCondition(id, conditionId);
  }

  @POST
  @Path("{id}/pilot-plan")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "登记试点方案（试点单位、期限、目标阈值、基线），开始试点（数字检察办公室）")
  public Response planPilot(@PathParam("id") long id, PilotPlanRequest request) {
    return Response.status(Response.Status.CREATED).entity(pilots.plan(id, request)).build();
  }

  @GET
  @Path("{id}/pilot-plan")
  @Operation(summary = "模型当前的试点方案")
  public PilotPlanResponse pilotPlan(@PathParam("id") long id) {
    return pilots.currentPlan(id).orElseThrow(() -> new EntityNotFoundException("监督模型的试点方案", id));
  }

  @POST
  @Path("{id}/pilot-decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "试点决定：ADOPT、EXTEND（新结束日期）、RECYCLE、HOLD；与评估建议不同须说明理由（院领导）")
  public Response decidePilot(@PathParam("id") long id, PilotDecisionRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(decisions.decidePilot(id, request))
        .build();
  }

  @POST
  @Path("{id}/pilot-end")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "院领导提前结束试点，随即进行评估")
  public Response endPilot(@PathParam("id") long id, WithdrawRequest request) {
    pilots.endEarly(id, request == null ? null : request.reason());
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/adoption")
  @Operation(summary = "推广矩阵：各单位的推广进展")
  public List<AdoptionResponse> adoption(@PathParam("id") long id) {
    return adoptions.adoption(id);
  }

  @GET
  @Path("{id}/adoption/feedback")
  @Operation(summary = "各单位对推广模型的反馈")
  public List<FeedbackResponse> adoptionFeedback(@PathParam("id") long id) {
    return adoptions.feedback(id);
  }

  @POST
  @Path("{id}/adoption/{unitId}/feedback")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "单位反馈推广中的问题（本单位工作人员或数字检察办公室）")
  public Response addAdoptionFeedback(
      @PathParam("id") long id, @PathParam("unitId") long unitId, FeedbackRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(adoptions.addFeedback(id, unitId, request))
        .build();
  }

  @PUT
  @Path("{id}/adoption/{unitId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "报送本单位推广进展：DATA_READY、RUNNING、FIRST_CLUE、FIRST_CASE 或 NOT_APPLICABLE（须说明理由）")
  public AdoptionResponse reportAdoption(
      @PathParam("id") long id, @PathParam("unitId") long unitId, AdoptionRequest request) {
    return adoptions.report(id, unitId, request);
  }

  @POST
  @Path("{id}/new-version")
  @Operation(summary = "为审慎使用（暂缓）的模型提交新版本：复制为草稿，版本号加一，与原版本关联（建模人）")
  public Response newVersion(@PathParam("id") long id, @Context UriInfo uri) {
    SupervisionModelResponse next = proposals.newVersion(id);
    return Response.created(
            uri.getBaseUriBuilder().path("models").path(String.valueOf(next.id())).build())
        .tag(etag(next))
        .entity(next)
        .build();
  }

  @POST
  @Path("{id}/retire")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "院领导下架已推广的模型（须说明理由）")
  public SupervisionModelResponse retire(@PathParam("id") long id, WithdrawRequest request) {
    return proposals.retire(id, request);
  }

  @GET
  @Path("{id}/decisions")
  @Operation(summary = "决策记录（含决策时的证据快照）")
  public List<DecisionResponse> decisions(@PathParam("id") long id) {
    return decisions.decisions(id);
  }

  @GET
  @Path("{id}/history")
  @Operation(summary = "模型的全部历史：状态变化、决策、评论、拒绝")
  public List<HistoryEntryResponse> history(@PathParam("id") long id) {
    return proposals.history(id);
  }

  @GET
  @Path("{id}/diagram")
  @Operation(summary = "模型在生命周期流程图上的位置：已完成和当前所在的环节")
  public ProcessDiagramResponse diagram(@PathParam("id") long id) {
    return diagrams.diagram(id);
  }

  @POST
  @Path("{id}/clues")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "登记一条线索（所属单位或数字检察办公室）")
  public Response create(@PathParam("id") long modelId, ClueRequest request) {
    return Response.status(Response.Status.CREATED).entity(clues.create(modelId, request)).build();
  }

  @POST
  @Path("{id}/clues")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Operation(summary = "导入线索清单（UTF-8 CSV，含表头）：任一行有误则整份不导入并逐行说明")
  public Response importClues(@PathParam("id") long modelId, byte[] csv) {
    return Response.status(Response.Status.CREATED).entity(clues.importCsv(modelId, csv)).build();
  }

  @GET
  @Path("{id}/clues")
  @Operation(summary = "线索列表（只含本单位的，数字检察办公室可看全部）")
  public PageResponse<ClueResponse> list(
      @PathParam("id") long modelId,
      @QueryParam("unit") Long unitId,
      @QueryParam("status") ClueStatus status,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    return clues.list(modelId, unitId, status, page, size);
  }

  @GET
  @Path("{id}/funnel")
  @Operation(summary = "线索漏斗：各单位与合计、三项比率、不实原因、挽回金额、与基线对比")
  public FunnelResponse funnel(
      @PathParam("id") long modelId,
      @QueryParam("unit") Long unitId,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return clues.funnel(modelId, unitId, date("from", from), date("to", to));
  }

  /** A query date as yyyy-MM-dd; a malformed one is a 400 naming the parameter. */
  private static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(name, "Date", name + " 应为日期 yyyy-MM-dd，收到 " + value);
    }
  }

  private static EntityTag etag(SupervisionModelResponse model) {
    return new EntityTag(String.valueOf(model.rowVersion()));
  }

  /** The row version in an If-Match value such as {@code "3"} or {@code W/"3"}. */
  private static long rowVersion(String ifMatch) {
    String value = ifMatch.strip();
    if (value.startsWith("W/")) {
      value = value.substring(2);
    }
    value = value.replace("\"", "");
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("If-Match", "ETag", "If-Match 的值应为 GET 返回的 ETag，例如 \"3\"");
    }
  }
}
