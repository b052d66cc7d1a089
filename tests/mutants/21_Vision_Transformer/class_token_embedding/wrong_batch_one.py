# 클래스 토큰을 배치 크기만큼 늘리지 않는다: B = 1에서만 동작한다
class ClassTokenEmbedding(nn.Module):
    def __init__(self, num_patches: int, dim: int, distilled: bool = False):
        super().__init__()
        self.num_prefix_tokens = 2 if distilled else 1
        self.cls_token = nn.Parameter(0.02 * torch.randn(1, 1, dim))
        if distilled:
            self.dist_token = nn.Parameter(0.02 * torch.randn(1, 1, dim))
        self.pos_embed = nn.Parameter(0.02 * torch.randn(1, self.num_prefix_tokens + num_patches, dim))

    def forward(self, tokens: torch.Tensor) -> torch.Tensor:
        parts = [self.cls_token]
        if self.num_prefix_tokens == 2:
            parts.append(self.dist_token)
        return torch.cat(parts + [tokens], dim=1) + self.pos_embed
