package org.modelgate.workflow.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.modelgate.workflow.model.SupervisionModel;

/** A model on a forum's agenda. */
@Entity
@Table(name = "mg_agenda_item")
public class AgendaItem {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mg_agenda_item")
  @SequenceGenerator(
      name = "mg_agenda_item",
      sequenceName = "mg_agenda_item_seq",
      allocationSize = 1)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "forum_id")
  private Forum forum;

  @ManyToOne(optional = false)
  @JoinColumn(name = "model_id")
  private SupervisionModel model;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  protected AgendaItem() {}

  AgendaItem(Forum forum, SupervisionModel model, Instant addedAt) {
    this.forum = forum;
    this.model = model;
    this.addedAt = addedAt;
  }

  public Forum getForum() {
    return forum;
  }

  public SupervisionModel getModel() {
    return model;
  }
}
