package ducha.petitions.ui.internal;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Text;

import ducha.app.ui.Background;
import ducha.app.ui.Forms;
import ducha.petitions.Petition;
import ducha.petitions.PetitionState;

/** 移交: hands one handler's assignment over to another account, with a reason (audited). */
final class TransferSection implements Casework.Section {

	private final Casework work;
	private final Combo from;
	private final Text to;
	private final Text reason;
	private final Button transfer;
	private Petition shown;

	TransferSection(Composite parent, Casework work) {
		this.work = work;
		Group group = Forms.group(parent, Messages.Transfer_title, 2);
		from = Forms.choice(group, Messages.Transfer_from, "transfer.from");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(from);
		to = Forms.text(group, Messages.Transfer_to, "transfer.to");
		reason = Forms.text(group, Messages.Transfer_reason, "transfer.reason");
		transfer = Forms.action(group, "transfer.run", Messages.Transfer_run);
		transfer.addListener(SWT.Selection, e -> transfer());
		show(null);
	}

	@Override
	public void show(Petition petition) {
		shown = petition;
		from.setItems(petition == null ? new String[0] : petition.handlers().toArray(String[]::new));
		if (from.getItemCount() > 0) {
			from.select(0);
		}
		to.setText("");
		reason.setText("");
		transfer.setEnabled(petition != null && petition.state() != PetitionState.CLOSED && from.getItemCount() > 0);
	}

	private void transfer() {
		String fromHandler = from.getText();
		String toHandler = to.getText().strip();
		String why = reason.getText().strip();
		if (toHandler.isEmpty() || why.isEmpty()) {
			MessageDialog.openError(work.shell(), Messages.Transfer_title, Messages.Transfer_missing);
			return;
		}
		String number = shown.number();
		long seen = shown.version();
		work.calls().change(Messages.Part_saveJob,
				s -> s.transfer(number, seen, fromHandler, toHandler, why, work.principal()), petition -> {
					work.reload().accept(petition.number());
					work.status().accept(NLS.bind(Messages.Transfer_done, fromHandler, toHandler));
				}, Background.errorDialog(to, Messages.Transfer_title), () -> work.reload().accept(number));
	}
}
