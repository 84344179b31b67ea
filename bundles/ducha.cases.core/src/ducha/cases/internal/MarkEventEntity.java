package ducha.cases.internal;

import java.time.LocalDateTime;

import ducha.cases.CaseMarking;
import ducha.cases.MarkKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of case_mark_event: written once, never updated or deleted. */
@Entity
@Table(name = "case_mark_event")
public class MarkEventEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private long id;
	@Column(name = "case_no")
	private String caseNo;
	@Enumerated(EnumType.STRING)
	@Column(name = "mark_kind")
	private MarkKind kind;
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
		this.caseNo = caseNo;
		this.kind = kind;
		this.action = marked ? MarkAction.MARK : MarkAction.UNMARK;
		this.reason = reason;
		this.actor = actor;
		this.at = at;
		this.suggestionId = suggestionId;
	}

	String caseNo() {
		return caseNo;
	}

	CaseMarking toMarking() {
		return new CaseMarking(id, caseNo, kind, action == MarkAction.MARK, reason, actor, at, suggestionId);
	}
}
