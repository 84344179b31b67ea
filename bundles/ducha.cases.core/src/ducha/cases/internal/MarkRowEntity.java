package ducha.cases.internal;

import ducha.cases.MarkKind;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

/** A row about one kind of mark on one case: a marking event or a suggestion to mark. */
@MappedSuperclass
public abstract class MarkRowEntity extends CaseRowEntity {

	@Enumerated(EnumType.STRING)
	@Column(name = "mark_kind")
	private MarkKind kind;

	protected MarkRowEntity() {
	}

	protected MarkRowEntity(String caseNo, MarkKind kind) {
		super(caseNo);
		this.kind = kind;
	}

	MarkKind kind() {
		return kind;
	}
}
