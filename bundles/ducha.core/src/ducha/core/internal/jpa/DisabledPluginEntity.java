package ducha.core.internal.jpa;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of {@code disabled_plugin}: a plugin switched off for the whole court, by whom and when. */
@Entity
@Table(name = "disabled_plugin")
public class DisabledPluginEntity {

	@Id
	@Column(name = "plugin")
	private String plugin;

	@Column(name = "disabled_by")
	private String disabledBy;

	@Column(name = "disabled_at")
	private Instant disabledAt;

	protected DisabledPluginEntity() {
		// JPA
	}

	public DisabledPluginEntity(String plugin, String disabledBy, Instant disabledAt) {
		this.plugin = plugin;
		this.disabledBy = disabledBy;
		this.disabledAt = disabledAt;
	}

	public String plugin() {
		return plugin;
	}

	public String disabledBy() {
		return disabledBy;
	}

	public Instant disabledAt() {
		return disabledAt;
	}
}
