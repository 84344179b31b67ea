package ducha.petitions.ui.internal;

import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.AccountChooser;
import ducha.app.ui.Background;
import ducha.app.ui.Forms;
import ducha.core.directory.Staff;
import ducha.core.security.UserAccount;
import ducha.petitions.Petition;
import ducha.petitions.PetitionState;

/**
 * 移交: hands one handler's assignment over to another account, chosen by its person, with a reason (audited). The
 * handlers are shown by name as 姓名（工号）/login.
 */
final class TransferSection implements Casework.Section {

	private final Casework work;
	private final Combo from;
	private final AccountChooser to;
	private final Text reason;
	private final Button transfer;
	private Petition shown;
	/** The log-in names of the shown petition's handlers, in the order of {@link #from}. */
	private List<String> handlers = List.of();

	TransferSection(Composite parent, Casework work) {
		this.work = work;
		Group group = Forms.group(parent, Messages.Transfer_title, 2);
		from = Forms.choice(group, Messages.Transfer_from, "transfer.from");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(from);
		to = new AccountChooser(group, "transfer.to", Messages.Transfer_to);
		reason = Forms.text(group, Messages.Transfer_reason, "transfer.reason");
		transfer = Forms.action(group, "transfer.run", Messages.Transfer_run);
		transfer.addListener(SWT.Selection, e -> transfer());
		show(null);
	}

	@Override
	public void show(Petition petition) {
		shown = petition;
		handlers = petition == null ? List.of() : petition.handlers();
		from.setItems(handlers.stream().map(to::label).toArray(String[]::new));
		if (from.getItemCount() > 0) {
			from.select(0);
		}
		to.clear();
		reason.setText("");
		transfer.setEnabled(petition != null && petition.state() != PetitionState.CLOSED && from.getItemCount() > 0);
	}

	/** The accounts a petition can be transferred to, read by the part's load job. */
	void offer(List<UserAccount> accounts, List<Staff> staff) {
		to.offer(accounts, staff);
		show(shown);
	}

	private void transfer() {
		String fromHandler = handlers.get(from.getSelectionIndex());
		String toHandler = to.chosen();
		String why = reason.getText().strip();
		if (toHandler == null || why.isEmpty()) {
			MessageDialog.openError(work.shell(), Messages.Transfer_title, Messages.Transfer_missing);
			return;
		}
		String number = shown.number();
		long seen = shown.version();
		work.calls().change(Messages.Part_saveJob,
				s -> s.transfer(number, seen, fromHandler, toHandler, why, work.principal()), petition -> {
					work.reload().accept(petition.number());
					work.status().accept(NLS.bind(Messages.Transfer_done, to.label(fromHandler), to.label(toHandler)));
				}, Background.errorDialog(reason, Messages.Transfer_title), () -> work.reload().accept(number));
	}
}
