package org.modelgate.workflow.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.modelgate.api.proposal.CommentKind;
import org.modelgate.api.proposal.CommentResponse;
import org.modelgate.workflow.model.SupervisionModel;
import org.modelgate.workflow.organisation.UserAccount;

/** A comment on a model by anyone who may see it. */
@Entity
@Table(name = "mg_comment")
public class Comment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mg_comment")
  @SequenceGenerator(name = "mg_comment", sequenceName = "mg_comment_seq", allocationSize = 1)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "model_id")
  private SupervisionModel model;

  @ManyToOne(optional = false)
  @JoinColumn(name = "author_id")
  private UserAccount author;

  @Column(nullable = false, length = 4000)
  private String body;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** What the comment was written with; null for a plain comment (and in comments before V15). */
  @Enumerated(EnumType.STRING)
  @Column(length = 32)
  private CommentKind kind;

  protected Comment() {}

  Comment(SupervisionModel model, UserAccount author, String body, Instant createdAt) {
    this(model, author, body, null, createdAt);
  }

  Comment(
      SupervisionModel model,
      UserAccount author,
      String body,
      CommentKind kind,
      Instant createdAt) {
    this.model = model;
    this.author = author;
    this.body = body;
    this.kind = kind;
    this.createdAt = createdAt;
  }

  CommentResponse toResponse() {
    return new CommentResponse(id, author.toRef(), body, createdAt, kind);
  }
}
