package ducha.team;

import java.math.BigDecimal;

/**
 * The bonus points (加分) a supervisor's year earns for the annual assessment and promotion: points for the annual
 * grade and for the duties performed (the rules are in docs/team.md and {@code ducha.properties}).
 *
 * @param grade      points for the annual grade, zero without one
 * @param duties     points for the duties, after the yearly cap
 */
public record BonusPoints(BigDecimal grade, BigDecimal duties) {

	public BigDecimal total() {
		return grade.add(duties);
	}
}
