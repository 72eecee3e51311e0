{#- The theme's colour-scheme script (it applies the reader's saved light or dark choice),
    rendered from the theme's own partial at build time (mkdocs.yml static_templates) into
    one file that the header loads (partials/header.html): inline, it was 0.75 KB of every
    page. It runs where the inline copy ran, after the palette form, before the page paints. -#}
{%- set cc_js %}{% include "partials/javascripts/palette.html" %}{% endset -%}
{{ cc_js | trim | replace("<script>", "", 1) | replace("</script>", "", 1) }}
