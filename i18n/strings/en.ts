/**
 * Every English text the project adds; its shape is the type every other language must match
 * (`Strings`). Keys ending in `_one`/`_other` are Payload's count variants: `t(key, { count })` picks one.
 */
export const en = {
  admin: {
    groups: {
      content: 'Content',
      settings: 'Settings',
    },
    fields: {
      title: { label: 'Title' },
      body: { label: 'Body' },
      name: { label: 'Name' },
      url: { label: 'Address' },
      topics: { label: 'Topics' },
      slug: {
        label: 'Slug',
        description: 'The web address. Made from the title; it cannot change once published, so links keep working.',
      },
      publishedAt: {
        label: 'Published at',
        description: 'Set automatically when first published.',
      },
    },
    articles: {
      singular: 'Article',
      plural: 'Articles',
      standfirst: {
        label: 'Standfirst',
        description: 'One or two sentences under the title; also used on cards, in RSS and by search engines.',
      },
      heroImage: { label: 'Main photo' },
      byline: { label: 'Byline', description: 'e.g. "Ukraine Information Group"' },
      relatedDemoReports: { label: 'Related demo reports' },
    },
    demoReports: {
      singular: 'Demo report',
      plural: 'Demo reports',
      description: 'Demonstrations the group took part in, or will: a date in the future is shown as upcoming.',
      date: { label: 'Date' },
      startTime: { label: 'Starts at' },
      endTime: { label: 'Ends at' },
      place: { label: 'Place' },
      venue: { label: 'Meeting point or route', description: 'Where it gathers, or the route, e.g. "Russell Square to Whitehall".' },
      city: { label: 'City' },
      country: { label: 'Country' },
      cause: { label: 'Occasion or cause', description: 'e.g. "Ceasefire in Gaza"' },
      organisers: {
        label: 'Organisers',
        singular: 'Organiser',
        plural: 'Organisers',
        description: 'The coalitions and groups that called the demonstration.',
      },
      participation: { label: 'How we took part', description: 'e.g. "We carried our banner from Russell Square."' },
      photos: { label: 'Photos', description: 'Shown as a gallery in this order; drag to reorder.' },
      links: {
        label: 'External links',
        singular: 'Link',
        plural: 'Links',
        description: 'Press coverage, the organisers’ call-out, videos.',
      },
    },
    media: {
      singular: 'Photo',
      plural: 'Photos',
      description: 'New uploads stay in review, invisible to the public, until an editor makes them public.',
      alt: { label: 'Alt text', description: 'What the picture shows, for people who cannot see it.' },
      caption: { label: 'Caption' },
      credit: { label: 'Credit', description: 'The photographer, or "Illustration" for anything that is not a photograph.' },
      licence: {
        label: 'Licence',
        options: {
          'all-rights-reserved': 'All rights reserved',
          'cc-by-4.0': 'CC BY 4.0',
          'cc-by-sa-4.0': 'CC BY-SA 4.0',
          'cc-by-nc-4.0': 'CC BY-NC 4.0',
        },
      },
      visibility: {
        label: 'Visibility',
        description: 'Check faces, name tags and number plates (blur them below) before making a photo public.',
        options: { review: 'In review: only editors see it', public: 'Public' },
      },
      takenAt: {
        label: 'Taken at',
        description: 'Read from the camera when the photo is uploaded; nothing else of its metadata is kept.',
      },
      demoReport: { label: 'Demo report' },
      showsBanner: { label: 'Shows our banner', description: 'Adds the photo to the banner’s journey (/photos/banner).' },
      blurTool: { label: 'Blur tool' },
      placeholder: { label: 'Placeholder' },
    },
    blurTool: {
      title: 'Blur faces, name tags and number plates',
      instructions: 'Drag a rectangle over each area, then blur. Blurring replaces the stored photo and all its sizes.',
      saveFirst: 'Save the photo first; then you can blur parts of it.',
      loading: 'Loading the photo…',
      loadFailed: 'Could not load the photo.',
      undo: 'Undo last area',
      blur_one: 'Blur {{count}} area permanently',
      blur_other: 'Blur {{count}} areas permanently',
      confirm_one: 'Blur {{count}} area permanently? The unblurred photo cannot be recovered.',
      confirm_other: 'Blur {{count}} areas permanently? The unblurred photo cannot be recovered.',
      blurring: 'Blurring…',
      failed: 'Blurring failed.',
    },
    topics: {
      singular: 'Topic',
      plural: 'Topics',
      description: { label: 'Description' },
    },
    users: {
      singular: 'User',
      plural: 'Users',
      name: { label: 'Name' },
      role: {
        label: 'Role',
        description: 'Admins manage accounts and settings; editors write and publish content.',
        options: { admin: 'Admin', editor: 'Editor' },
      },
    },
    webhooks: {
      singular: 'Webhook',
      plural: 'Webhooks',
      description: 'Other sites and apps told of every change to public content. See docs/api.md for what they receive.',
      name: { description: 'Who receives it, e.g. "Partner site mirror".' },
      url: { label: 'Receiver address', description: 'An https:// address that accepts POST requests.' },
      events: {
        label: 'Events',
        options: {
          published: 'Published, or changed while published',
          unpublished: 'Unpublished',
          deleted: 'Deleted while public',
          'taken-down': 'Taken down (a public photo sent back to review)',
        },
      },
      collections: { label: 'Content' },
      active: { label: 'Active' },
      newSecret: {
        label: 'Signing secret',
        description: 'Deliveries are signed with it. It is never shown again: give it to the receiver now. Leave empty to keep the current one.',
      },
      secret: { label: 'Stored secret' },
    },
    siteSettings: {
      label: 'Site settings',
      siteName: { label: 'Site name' },
      tagline: { label: 'Tagline' },
      about: { label: 'About the group', description: 'Who the group is, in a few sentences: shown on /about and the home page.' },
      contactEmail: { label: 'Contact email', description: 'Shown on the site in a form that address-harvesting robots cannot read.' },
      websiteURL: { label: 'External website' },
      navigation: { label: 'Navigation', singular: 'Menu link', plural: 'Menu links' },
      navigationLabel: { label: 'Link text' },
      footerText: { label: 'Footer text' },
    },
    seo: {
      label: 'SEO',
      overview: { label: 'Overview' },
      title: { label: 'Title for search engines' },
      description: { label: 'Description for search engines' },
      image: {
        label: 'Sharing image',
        description: 'The picture shown when the page is shared on social networks; without one, the main or first photo is used.',
      },
      preview: { label: 'Preview' },
    },
    quote: {
      singular: 'Quote with attribution',
      plural: 'Quotes with attribution',
      text: { label: 'Quotation', description: 'Separate paragraphs with an empty line.' },
      attribution: { label: 'Attribution', description: 'Who said it, e.g. "Tanya Vyhovsky, Vermont State Senator".' },
    },
  },
}

export type Strings = typeof en
