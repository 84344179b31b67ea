package ducha.team.internal.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;

import ducha.core.DataFolder;
import ducha.core.ValidationException;
import ducha.team.BonusPoints;
import ducha.team.DutyTally;
import ducha.team.Grade;

/**
 * The rules that turn a supervisor's year into bonus points (docs/team.md, "Bonus points"): points for the annual
 * grade, points per duty (the same for every kind unless a kind has its own), the duty points capped per year. The
 * office changes them in {@code ducha.properties} ({@code team.bonus.*}); read at each computation, so a change
 * applies to the next sheet.
 */
final class BonusRules {

	static final String PREFIX = "team.bonus.";
	static final String PER_DUTY = PREFIX + "per-duty";
	static final String DUTY_CAP = PREFIX + "duty-cap";
	static final String DUTY_KIND = PREFIX + "duty.";

	private final Properties settings;

	BonusRules(Properties settings) {
		this.settings = settings;
	}

	/** The rules of the installation's {@code ducha.properties}. */
	static BonusRules configured() {
		return new BonusRules(DataFolder.readSettings(DataFolder.configFile()));
	}

	BonusPoints points(Grade grade, List<DutyTally> duties) {
		BigDecimal forGrade = grade == null ? BigDecimal.ZERO : gradePoints(grade);
		BigDecimal forDuties = BigDecimal.ZERO;
		for (DutyTally duty : duties) {
			forDuties = forDuties.add(perDuty(duty.kind()).multiply(BigDecimal.valueOf(duty.count())));
		}
		return new BonusPoints(forGrade, forDuties.min(number(DUTY_CAP, "10")).stripTrailingZeros());
	}

	/** 优秀 5, 称职 3, 基本称职 1, 不称职 0 unless configured ({@code team.bonus.excellent} …). */
	BigDecimal gradePoints(Grade grade) {
		String fallback = switch (grade) {
		case EXCELLENT -> "5";
		case COMPETENT -> "3";
		case BASICALLY_COMPETENT -> "1";
		case INCOMPETENT -> "0";
		};
		return number(PREFIX + grade.name().toLowerCase(Locale.ROOT).replace('_', '-'), fallback);
	}

	/** The points of one duty of the kind: its own setting, else {@code team.bonus.per-duty} (0.5). */
	BigDecimal perDuty(String kind) {
		return settings.getProperty(DUTY_KIND + kind) != null ? number(DUTY_KIND + kind, "0")
				: number(PER_DUTY, "0.5");
	}

	private BigDecimal number(String key, String fallback) {
		String value = settings.getProperty(key, fallback).strip();
		try {
			BigDecimal points = new BigDecimal(value);
			if (points.signum() < 0) {
				throw new NumberFormatException(value);
			}
			return points;
		} catch (NumberFormatException e) {
			throw new ValidationException(NLS.bind(Messages.bonusSettingInvalid, key, value));
		}
	}
}
