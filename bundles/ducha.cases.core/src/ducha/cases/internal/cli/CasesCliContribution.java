package ducha.cases.internal.cli;

import org.osgi.service.component.annotations.Component;

import ducha.cli.OnFirstUse;
import ducha.cases.BulletinDocuments;
import ducha.cases.CaseRegister;
import ducha.cases.ReviewService;
import ducha.cases.SupervisionService;
import ducha.cases.WatchListService;
import ducha.core.directory.DirectoryService;
import ducha.core.ledger.LedgerService;
import ducha.core.security.AuthorizationService;
import ducha.core.spi.CliContribution;
import ducha.core.spi.ReminderSource;

/** {@code ducha-cli cases import|export|watchlist|remind|bulletins|bulletin|ledger}. */
@Component
public class CasesCliContribution implements CliContribution {

	// The services on first use, not @Reference: the contribution is registered with its bundle, so that help needs
	// neither the database nor the plugin's persistence unit; a command that runs waits for them (OnFirstUse).
	private final CaseRegister register = OnFirstUse.service(CaseRegister.class);

	private final WatchListService watchList = OnFirstUse.service(WatchListService.class);

	private final SupervisionService supervision = OnFirstUse.service(SupervisionService.class);

	/** The same reminders the workbench shows: {@code remind} prints them. */
	private final ReminderSource orderReminders = OnFirstUse.service(ReminderSource.class,
			"(component.name=ducha.cases.internal.remind.OrderReminderSource)");

	private final ReviewService review = OnFirstUse.service(ReviewService.class);

	private final BulletinDocuments bulletins = OnFirstUse.service(BulletinDocuments.class);

	private final LedgerService ledgers = OnFirstUse.service(LedgerService.class);

	private final DirectoryService directory = OnFirstUse.service(DirectoryService.class);

	private final AuthorizationService authorization = OnFirstUse.service(AuthorizationService.class);

	@Override
	public String name() {
		return "cases";
	}

	@Override
	public Object newCommand() {
		return CasesCommand.create(new CliServices(register, watchList, supervision, orderReminders, review, bulletins,
				ledgers, directory, authorization));
	}
}
