package ducha.cases.internal;

import java.time.LocalDateTime;

import ducha.cases.CaseMarking;
import ducha.cases.MarkKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A row of case_mark_event: written once, never updated or deleted. */
@Entity
@Table(name = "case_mark_event")
public class MarkEventEntity extends MarkRowEntity {

	@Enumerated(EnumType.STRING)
	private MarkAction action;
	private String reason;
	private String actor;
	@Column(name = "event_time")
	private LocalDateTime at;
	@Column(name = "suggestion_id")
	private Long suggestionId;

	protected MarkEventEntity() {
	}

	MarkEventEntity(String caseNo, MarkKind kind, boolean marked, String reason, String actor, LocalDateTime at,
			Long suggestionId) {
		super(caseNo, kind);
		this.action = marked ? MarkAction.MARK : MarkAction.UNMARK;
		this.reason = reason;
		this.actor = actor;
		this.at = at;
		this.suggestionId = suggestionId;
	}

	CaseMarking toMarking() {
		return new CaseMarking(id(), caseNo(), kind(), action == MarkAction.MARK, reason, actor, at, suggestionId);
	}
}
