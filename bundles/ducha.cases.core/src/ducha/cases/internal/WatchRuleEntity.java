package ducha.cases.internal;

import ducha.cases.WatchBasis;
import ducha.cases.WatchRule;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "watch_rule")
public class WatchRuleEntity extends GeneratedIdEntity {

	/** Optimistic lock: a save from an out-of-date view of the row is refused (cases migration V5). */
	@Version
	@Column(name = "version")
	private long version;

	@Column(name = "case_type")
	private String caseType;
	@Column(name = "trial_procedure")
	private String procedure;
	@Enumerated(EnumType.STRING)
	private WatchBasis basis;
	@Column(name = "threshold_days")
	private int thresholdDays;
	@Column(name = "limit_share_percent")
	private Integer limitSharePercent;
	private String label;

	protected WatchRuleEntity() {
	}

	WatchRuleEntity(WatchRule rule) {
		update(rule);
	}

	void update(WatchRule rule) {
		caseType = rule.caseType();
		procedure = rule.procedure();
		basis = rule.basis();
		thresholdDays = rule.thresholdDays();
		limitSharePercent = rule.basis() == WatchBasis.LIMIT_SHARE ? rule.limitSharePercent() : null;
		label = rule.label();
	}

	WatchRule toRule() {
		return new WatchRule(id(), caseType, procedure, basis, thresholdDays, limitSharePercent, label, version);
	}

	/** The version the row was read at: the next save of what the user saw must name it. */
	public long version() {
		return version;
	}
}
