package ducha.cases.internal.cli;

import ducha.cases.BulletinDocuments;
import ducha.cases.CaseRegister;
import ducha.cases.ReviewService;
import ducha.cases.SupervisionService;
import ducha.cases.WatchListService;
import ducha.core.directory.DirectoryService;
import ducha.core.ledger.LedgerService;
import ducha.core.security.AuthorizationService;
import ducha.core.spi.ReminderSource;

/** The services the cases commands use. */
record CliServices(CaseRegister register, WatchListService watchList, SupervisionService supervision,
		ReminderSource orderReminders, ReviewService review, BulletinDocuments bulletins, LedgerService ledgers,
		DirectoryService directory, AuthorizationService authorization) {
}
