namespace StaticSite.Site.Tests.Checks;

/// <summary>The in-page halves of the keyboard checks, evaluated by Playwright (DevTools ignores the page's CSP).</summary>
internal static class KeyboardProbe
{
    /// <summary>
    /// Lists the elements a keyboard user must be able to reach: rendered, enabled controls, links, and
    /// anything given an interactive role or a non-negative tabindex. Kept on window for the later probes.
    /// </summary>
    public const string ListInteractive = """
        () => {
          const selector = 'a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, iframe,'
            + ' audio[controls], video[controls], [contenteditable=""], [contenteditable=true], [tabindex]:not([tabindex^="-"]),'
            + ' [role=button], [role=link], [role=checkbox], [role=radio], [role=switch], [role=tab], [role=menuitem],'
            + ' [role=option], [role=slider], [role=spinbutton], [role=textbox], [role=combobox], [role=searchbox]';
          const describe = el => {
            const name = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('href') || el.getAttribute('name') || '')
              .trim().replace(/\s+/g, ' ').slice(0, 50);
            return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (name ? ` "${name}"` : '');
          };
          const items = [...document.querySelectorAll(selector)].filter(el =>
            !el.matches(':disabled') && !el.closest('[inert]') && el.checkVisibility({ visibilityProperty: true }));
          window.__keyboard = { items, describe };
          return items.map(describe);
        }
        """;

    /// <summary>
    /// Describes the focused element: its index in the list, whether it is on screen, and which style
    /// (if any) shows that it has focus, found by comparing its styles focused and blurred.
    /// </summary>
    public const string DescribeFocus = """
        () => {
          const el = document.activeElement;
          if (!el || el === document.body || el === document.documentElement) return null;
          const props = ['outlineStyle', 'outlineWidth', 'outlineColor', 'outlineOffset', 'boxShadow', 'backgroundColor',
            'color', 'borderTopColor', 'borderRightColor', 'borderBottomColor', 'borderLeftColor', 'borderTopWidth',
            'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'textDecorationLine', 'textDecorationThickness',
            'textDecorationColor', 'textUnderlineOffset'];
          const snapshot = () => {
            el.getAnimations().forEach(a => a.finish());
            const style = getComputedStyle(el);
            return Object.fromEntries(props.map(p => [p, style[p]]));
          };
          const transparent = c => c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);
          const outlineShows = s => s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && !transparent(s.outlineColor);
          const style = getComputedStyle(el);
          const box = el.getBoundingClientRect();
          const onScreen = box.width >= 4 && box.height >= 4 && box.bottom > 0 && box.right > 0
            && box.top < innerHeight && box.left < innerWidth && style.visibility === 'visible' && style.opacity !== '0'
            && style.clipPath === 'none' && (style.clip === 'auto' || style.clip === '');
          const focused = snapshot();
          el.blur();
          const blurred = snapshot();
          el.focus();
          const outlineChanged = outlineShows(focused) && (!outlineShows(blurred)
            || ['outlineStyle', 'outlineWidth', 'outlineColor', 'outlineOffset'].some(p => focused[p] !== blurred[p]));
          const indicator = outlineChanged ? 'outline'
            : props.filter(p => !p.startsWith('outline')).find(p => focused[p] !== blurred[p]) ?? null;
          const k = window.__keyboard;
          return { index: k.items.indexOf(el), description: k.describe(el), onScreen, indicator };
        }
        """;

    /// <summary>The first tab stop: is it a same-page link, and does its target hold or be the main landmark?</summary>
    public const string DescribeSkipLink = """
        () => {
          const el = document.activeElement;
          const main = document.querySelector('main, [role=main]');
          if (!el || el === document.body) return { description: 'nothing', isSkipLink: false };
          const href = el.getAttribute('href') || '';
          const target = href.startsWith('#') && href.length > 1 ? document.getElementById(decodeURIComponent(href.slice(1))) : null;
          return {
            description: el.tagName.toLowerCase() + ` "${(el.textContent || '').trim().slice(0, 40)}" href="${href}"`,
            isSkipLink: el.tagName === 'A' && target !== null && main !== null && (target === main || main.contains(target)),
          };
        }
        """;

    public const string FocusIsInMain = """
        () => { const main = document.querySelector('main, [role=main]'); return !!main && main.contains(document.activeElement); }
        """;
}
