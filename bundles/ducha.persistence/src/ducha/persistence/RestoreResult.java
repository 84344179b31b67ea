package ducha.persistence;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link DatabaseService#restore} did.
 *
 * @param previous where the replaced database is kept ({@code <db>.before-restore-<time>}), null when there was none
 * @param tables   tables of the restored database
 * @param rows     their rows, all counted and matching the backup's manifest
 * @param checks   the checks it passed besides (the audit chain, ...), in the user's language
 * @param files    files of the data folder added or replaced from the backup (keys, settings)
 */
public record RestoreResult(Path previous, int tables, long rows, List<String> checks, List<Path> files) {

	public RestoreResult {
		checks = List.copyOf(checks);
		files = List.copyOf(files);
	}
}
