package ducha.petitions.ui.internal;

import java.util.stream.Collectors;

import ducha.app.ui.PeopleNames;
import ducha.petitions.Petition;

/**
 * The detail text of a petition: what every permitted viewer may read, the reporter as 受保护 or 匿名, the staff it
 * names as 姓名（工号）.
 */
final class PetitionText {

	private PetitionText() {
	}

	static String describe(Petition p, PeopleNames names) {
		StringBuilder s = new StringBuilder();
		s.append(Messages.Column_number).append("：").append(p.number()).append("　")
				.append(Messages.Column_state).append("：").append(p.state().label()).append('\n');
		s.append(Messages.Column_channel).append("：").append(p.channel().label());
		if (p.referringBody() != null) {
			s.append("（").append(p.referringBody()).append("）");
		}
		s.append("　").append(Messages.Column_received).append("：").append(p.receivedOn()).append("　")
				.append(Messages.Column_deadline).append("：").append(p.deadline()).append('\n');
		s.append(Messages.Column_reporter).append("：").append(p.reporter()).append("　")
				.append(Messages.Column_reported).append("：").append(p.reportedStaff().stream().map(names::staffWithNo)
						.collect(Collectors.joining("、"))).append('\n');
		s.append(Messages.Column_category).append("：").append(p.category()).append('\n');
		s.append(p.summary());
		if (p.conclusion() != null) {
			s.append('\n').append(Messages.Detail_conclusion).append("：").append(p.conclusion().label()).append("（")
					.append(p.concludedOn()).append("）").append(p.conclusionText());
		}
		if (p.disposition() != null) {
			s.append('\n').append(Messages.Detail_disposition).append("：").append(p.disposition().label())
					.append("（").append(p.disposedOn()).append("）");
		}
		return s.toString();
	}
}
