package ducha.cases;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides which rule of the table applies to a case: the most specific one that covers its type and procedure
 * (type code and procedure, then code, then family and procedure, then family, then procedure, then the catch-all
 * rule; see {@link WatchRule#specificity()}). A court can so say "one year for every case, 180 days for every 执行
 * case, but 80% of the limit for 民初 under 简易" without the broader rule flagging the narrower cases twice.
 */
public final class WatchRules {

	private final List<WatchRule> rules;

	public WatchRules(List<WatchRule> rules) {
		this.rules = rules.stream().sorted(Comparator.comparingInt(WatchRule::specificity).reversed()).toList();
	}

	public Optional<WatchRule> ruleFor(String type, String procedure) {
		return rules.stream().filter(r -> r.covers(type, procedure)).findFirst();
	}

	/** The rule that flags a case of this type and procedure at the given age, if any. */
	public Optional<WatchRule> flags(String type, String procedure, long ageDays) {
		return ruleFor(type, procedure).filter(r -> ageDays >= r.flagAfterDays());
	}

	public List<WatchRule> rules() {
		return rules;
	}
}
