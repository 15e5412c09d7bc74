package org.coopgraph.api.taxonomy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.coopgraph.api.errors.NotFoundException;
import org.coopgraph.api.regions.Page;
import org.coopgraph.api.regions.Paging;
import org.coopgraph.api.regions.RegionNetworks;
import org.coopgraph.model.Sector;
import org.coopgraph.model.Skill;
import org.coopgraph.model.Theme;
import org.springframework.stereotype.Service;

/** The sectors, skills and themes every region shares; lists are sorted by code/id, {@code q} matches names. */
@Service
final class TaxonomyService {

    private final RegionNetworks networks;

    TaxonomyService(RegionNetworks networks) {
        this.networks = networks;
    }

    Page<Sector> sectors(String q, Paging paging) {
        return matching(networks.taxonomy().sectors(), Sector::name, q, paging);
    }

    Sector sector(String code) {
        return one(networks.taxonomy().sectorByCode(), "sector", code);
    }

    Page<Skill> skills(String q, Paging paging) {
        return matching(networks.taxonomy().skills(), Skill::name, q, paging);
    }

    Skill skill(String id) {
        return one(networks.taxonomy().skillById(), "skill", id);
    }

    Page<Theme> themes(String q, Paging paging) {
        return matching(networks.taxonomy().themes(), Theme::name, q, paging);
    }

    Theme theme(String id) {
        return one(networks.taxonomy().themeById(), "theme", id);
    }

    private static <T> Page<T> matching(List<T> all, Function<T, String> name, String q, Paging paging) {
        if (q == null) {
            return paging.of(all);
        }
        String needle = q.toLowerCase(Locale.ROOT);
        return paging.of(all.stream().filter(t -> name.apply(t).toLowerCase(Locale.ROOT).contains(needle)).toList());
    }

    private static <T> T one(Map<String, T> byId, String kind, String id) {
        T value = byId.get(id);
        if (value == null) {
            throw new NotFoundException(kind, id);
        }
        return value;
    }
}
