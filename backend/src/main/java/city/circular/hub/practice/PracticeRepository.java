package city.circular.hub.practice;

import city.circular.hub.common.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PracticeRepository implements TenantRepository<Practice> {}
