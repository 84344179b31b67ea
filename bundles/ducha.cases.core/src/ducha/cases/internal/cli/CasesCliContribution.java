package ducha.cases.internal.cli;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

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

	@Reference
	private CaseRegister register;

	@Reference
	private WatchListService watchList;

	@Reference
	private SupervisionService supervision;

	/** The same reminders the workbench shows: {@code remind} prints them. */
	@Reference(target = "(component.name=ducha.cases.internal.remind.OrderReminderSource)")
	private ReminderSource orderReminders;

	@Reference
	private ReviewService review;

	@Reference
	private BulletinDocuments bulletins;

	@Reference
	private LedgerService ledgers;

	@Reference
	private DirectoryService directory;

	@Reference
	private AuthorizationService authorization;

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
