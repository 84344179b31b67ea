package ducha.cli.audit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import ducha.cli.ExitCodes;
import ducha.cli.RequiresPermission;
import ducha.cli.internal.PlatformCommand;
import ducha.cli.internal.TextTable;
import ducha.core.audit.AuditActionLabels;
import ducha.core.audit.AuditLog;
import ducha.core.audit.AuditQuery;
import ducha.core.security.CorePermissions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ducha-cli audit list}: the newest entries first, filtered like the workbench's audit view and, like it,
 * naming the actions in words ({@code --ids} for the raw ids).
 */
@Command(name = "list")
@RequiresPermission(CorePermissions.AUDIT_READ)
public final class AuditListCommand extends PlatformCommand {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

	@Option(names = "--actor", paramLabel = "USER")
	String actor;

	/** An id prefix (cases.) or, as in the workbench's filter, an action's words (标记案件). */
	@Option(names = "--action", paramLabel = "PREFIX")
	String action;

	/** Scripts match on the stable ids, not on words that change with the language and the plugins' wording. */
	@Option(names = "--ids")
	boolean ids;

	@Option(names = "--type", paramLabel = "TYPE")
	String objectType;

	@Option(names = "--id", paramLabel = "KEY")
	String objectId;

	@Option(names = "--from", paramLabel = "DATE")
	LocalDate from;

	@Option(names = "--to", paramLabel = "DATE")
	LocalDate to;

	@Option(names = "--limit", paramLabel = "N", defaultValue = "100")
	int limit;

	@Override
	public Integer call() {
		ZoneId zone = ZoneId.systemDefault();
		AuditActionLabels labels = cli.service(AuditActionLabels.class);
		String actionId = action == null ? null : labels.actionNamed(action);
		AuditQuery query = AuditQuery.ofDays(actor, actionId, objectType, objectId, from, to, limit);
		TextTable table = new TextTable(Messages.headerId, Messages.headerTime, Messages.headerActor,
				Messages.headerAction, Messages.headerObject, Messages.headerDetail);
		cli.service(AuditLog.class).find(query, cli.actor())
				.forEach(e -> table.row(String.valueOf(e.id()), TIME.format(LocalDateTime.ofInstant(e.at(), zone)),
						e.actor(), ids ? e.action() : labels.label(e.action()), e.record(), e.shownDetail()));
		table.print(cli.out());
		return ExitCodes.OK;
	}
}
