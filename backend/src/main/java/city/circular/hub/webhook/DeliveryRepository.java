package city.circular.hub.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    public List<WebhookDelivery> latest(UUID subscriptionId, int limit) {
        return find("subscriptionId = ?1 order by attemptedAt desc, id desc", subscriptionId)
                .page(0, limit)
                .list();
    }
}
