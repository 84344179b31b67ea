package ducha.persistence.internal;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import ducha.core.Language;
import ducha.core.ValidationException;
import ducha.core.spi.RestoreCheck;

/**
 * Whether a database copy may be trusted: it boots, holds the platform's schema, every table can be counted, it
 * matches the backup's manifest (when given) and passes every registered {@link RestoreCheck} (the audit chain).
 */
final class CopyCheck {

	private final List<RestoreCheck> checks;

	CopyCheck(List<RestoreCheck> checks) {
		this.checks = List.copyOf(checks);
	}

	/**
	 * @param expected what the backup's manifest says, or null (a backup is being written)
	 * @return what the copy holds
	 * @throws ValidationException naming what is wrong
	 * @throws SQLException when the copy does not boot or cannot be read
	 */
	DatabaseContents check(Path copy, DatabaseContents expected) throws SQLException {
		return DerbyCopy.open(copy, c -> {
			DatabaseContents contents = DatabaseContents.of(c);
			contents.requireCoreSchema();
			String difference = expected == null ? null : contents.differenceFrom(expected);
			if (difference != null) {
				throw new ValidationException(difference);
			}
			for (RestoreCheck check : checks) {
				String problem = check.problem(c);
				if (problem != null) {
					throw new ValidationException(Language.format(Messages.Restore_checkFailed, check.name(), problem));
				}
			}
			return contents;
		});
	}

	List<String> names() {
		return checks.stream().map(RestoreCheck::name).toList();
	}
}
