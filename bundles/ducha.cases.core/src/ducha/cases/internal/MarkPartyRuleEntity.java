package ducha.cases.internal;

import ducha.cases.MarkKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A row of mark_party_rule: from how many parties a case is suggested as the kind. */
@Entity
@Table(name = "mark_party_rule")
public class MarkPartyRuleEntity {

	/** Optimistic lock: a save from an out-of-date view of the row is refused (cases migration V5). */
	@Version
	@Column(name = "version")
	private long version;

	@Id
	@Enumerated(EnumType.STRING)
	@Column(name = "mark_kind")
	private MarkKind kind;
	@Column(name = "min_parties")
	private int minParties;

	protected MarkPartyRuleEntity() {
	}

	MarkPartyRuleEntity(MarkKind kind, int minParties) {
		this.kind = kind;
		this.minParties = minParties;
	}

	int minParties() {
		return minParties;
	}

	void minParties(int value) {
		this.minParties = value;
	}

	/** The version the row was read at: the next save of what the user saw must name it. */
	public long version() {
		return version;
	}
}
