# timm처럼 패치 토큰에 pos_embed[:, P:]를 먼저 더하고, 특수 토큰에는 pos_embed[:, :P]를 더한 뒤 repeat로 붙인다
class ClassTokenEmbedding(nn.Module):
    def __init__(self, num_patches: int, dim: int, distilled: bool = False):
        super().__init__()
        self.num_prefix_tokens = 1 + int(distilled)
        self.cls_token = nn.Parameter(torch.zeros(1, 1, dim))
        self.dist_token = nn.Parameter(torch.zeros(1, 1, dim)) if distilled else None
        self.pos_embed = nn.Parameter(torch.zeros(1, self.num_prefix_tokens + num_patches, dim))
        nn.init.trunc_normal_(self.pos_embed, std=0.02)
        nn.init.trunc_normal_(self.cls_token, std=0.02)
        if self.dist_token is not None:
            nn.init.trunc_normal_(self.dist_token, std=0.02)

    def forward(self, tokens: torch.Tensor) -> torch.Tensor:
        P = self.num_prefix_tokens
        x = tokens + self.pos_embed[:, P:]
        special = self.cls_token if self.dist_token is None else torch.cat([self.cls_token, self.dist_token], dim=1)
        special = (special + self.pos_embed[:, :P]).repeat(tokens.shape[0], 1, 1)
        return torch.cat([special, x], dim=1)
