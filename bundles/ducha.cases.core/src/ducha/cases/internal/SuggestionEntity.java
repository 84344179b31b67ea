package ducha.cases.internal;

import java.time.LocalDateTime;

import ducha.cases.CaseRecord;
import ducha.cases.MarkKind;
import ducha.cases.MarkSuggestion;
import ducha.cases.MarkSuggestion.Basis;
import ducha.cases.MarkSuggestion.Status;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A row of mark_suggestion: raised once per case and kind, then confirmed or dismissed once. */
@Entity
@Table(name = "mark_suggestion")
public class SuggestionEntity extends MarkRowEntity {

	/** Optimistic lock: a save from an out-of-date view of the row is refused (cases migration V5). */
	@Version
	@Column(name = "version")
	private long version;

	@Enumerated(EnumType.STRING)
	private Basis basis;
	private String detail;
	@Column(name = "suggested_by")
	private String suggestedBy;
	@Column(name = "suggested_time")
	private LocalDateTime suggestedAt;
	@Enumerated(EnumType.STRING)
	private Status status;
	@Column(name = "decided_by")
	private String decidedBy;
	@Column(name = "decided_time")
	private LocalDateTime decidedAt;
	@Column(name = "decision_reason")
	private String decisionReason;

	protected SuggestionEntity() {
	}

	SuggestionEntity(String caseNo, MarkKind kind, Basis basis, String detail, String suggestedBy,
			LocalDateTime suggestedAt) {
		super(caseNo, kind);
		this.basis = basis;
		this.detail = detail;
		this.suggestedBy = suggestedBy;
		this.suggestedAt = suggestedAt;
		this.status = Status.PENDING;
	}

	String detail() {
		return detail;
	}

	Status status() {
		return status;
	}

	void decide(Status decision, String by, LocalDateTime at, String reason) {
		status = decision;
		decidedBy = by;
		decidedAt = at;
		decisionReason = reason;
	}

	MarkSuggestion toSuggestion(CaseRecord record) {
		return new MarkSuggestion(id(), record, kind(), basis, detail, suggestedBy, suggestedAt, status, decidedBy,
				decidedAt, decisionReason, version);
	}

	/** The version the row was read at: the next save of what the user saw must name it. */
	public long version() {
		return version;
	}
}
