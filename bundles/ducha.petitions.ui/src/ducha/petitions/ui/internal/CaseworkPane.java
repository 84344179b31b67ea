package ducha.petitions.ui.internal;

import java.util.List;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;

import ducha.app.ui.Forms;
import ducha.core.directory.Staff;
import ducha.core.security.UserAccount;
import ducha.petitions.Petition;

/** 办理: notes, attachments, transfer and clearance of the selected petition, in a scrolling column. */
final class CaseworkPane {

	private final ScrolledComposite control;
	private final Composite body;
	private final List<Casework.Section> sections;
	private final TransferSection transfer;

	CaseworkPane(Composite parent, Casework work) {
		control = Forms.named(new ScrolledComposite(parent, SWT.V_SCROLL), "casework");
		control.setExpandHorizontal(true);
		control.setExpandVertical(true);
		body = new Composite(control, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(body);
		NotesSection notes = new NotesSection(body, work);
		AttachmentsSection attachments = new AttachmentsSection(body, work);
		transfer = new TransferSection(body, work);
		sections = List.of(notes, attachments, transfer, new ClearanceSection(body, work));
		control.setContent(body);
		control.addListener(SWT.Resize, e -> fit());
		fit();
	}

	ScrolledComposite control() {
		return control;
	}

	/** The accounts a petition can be transferred to, read by the part's load job. */
	void offer(List<UserAccount> accounts, List<Staff> staff) {
		transfer.offer(accounts, staff);
		fit();
	}

	void show(Petition petition) {
		sections.forEach(s -> s.show(petition));
		body.layout(true, true);
		fit();
	}

	/** Wraps to the visible width and scrolls vertically. */
	private void fit() {
		int width = control.getClientArea().width;
		control.setMinSize(body.computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT));
	}
}
